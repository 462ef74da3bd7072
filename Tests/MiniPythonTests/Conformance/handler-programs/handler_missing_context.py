import json
def lambda_handler(event, context):
    return {"statusCode": 200, "body": json.dumps(event)}
print(lambda_handler({"a": 1}, None))
print(lambda_handler({"a": 1}))
