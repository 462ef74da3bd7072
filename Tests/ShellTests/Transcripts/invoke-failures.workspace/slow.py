import time

def lambda_handler(event, context):
    time.sleep(event.get("seconds", 5))
    return "done"
