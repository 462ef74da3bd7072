def lambda_handler(event, context):
    user = event["user"]
    return {"statusCode": 200, "body": f"hi {user['name']}"}
print(lambda_handler({"user": {"name": "ann"}}, None))
lambda_handler({"user": {}}, None)
