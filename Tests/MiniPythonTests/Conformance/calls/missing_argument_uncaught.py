def lambda_handler(event, context):
    return {"statusCode": 200}
print(lambda_handler({}, None))
lambda_handler({})
