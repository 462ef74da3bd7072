import json

def lambda_handler(event, context):
    print("Received event: " + json.dumps(event))
    length = event["length"]
    width = event["width"]
    area = length * width
    print(f"The area is {area}")
    data = {"area": area}
    return json.dumps(data)
