def lambda_handler(event, context):
    return event['name']
print(lambda_handler({"name": "ok"}, None))
lambda_handler({}, None)
