import json
def lambda_handler(event, context):
    params = event.get("queryStringParameters") or {}
    name = params.get("name", "world")
    body = json.loads(event["body"]) if event.get("body") else {}
    return {
        "statusCode": 200,
        "headers": {"Content-Type": "application/json"},
        "body": json.dumps({"message": f"Hello, {name}!", "echo": body}),
    }
print(lambda_handler({"queryStringParameters": {"name": "Ann"}, "body": '{"x": 1}'}, None))
print(lambda_handler({"queryStringParameters": None}, None)["body"])
