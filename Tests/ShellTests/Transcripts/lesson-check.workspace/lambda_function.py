def lambda_handler(event, context):
    return {"message": "hello, " + event["name"]}
