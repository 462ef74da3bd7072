def lambda_handler(event, context):
    return "my own work"
