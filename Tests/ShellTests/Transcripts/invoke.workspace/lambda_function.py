import json

count = 0
greetings = []

def lambda_handler(event, context):
    global count
    count += 1
    name = event.get("name", "world")
    greetings.append(name)
    print(f"invocation {count} for {name}")
    return {"statusCode": 200, "body": json.dumps({"greeting": "Hello, " + name, "count": count})}
