import json
import sys
import traceback


def risky(event):
    return event["detail"]["amount"] / event["detail"]["count"]


def lambda_handler(event, context):
    try:
        return {"statusCode": 200, "body": json.dumps({"average": risky(event)})}
    except Exception as exc:
        exc_type, exc_value, _ = sys.exc_info()
        lines = traceback.format_exc().strip().splitlines()
        return {
            "statusCode": 500,
            "body": json.dumps({
                "errorType": exc_type.__name__,
                "errorMessage": str(exc_value),
                "lastLine": lines[-1],
                "same": exc is exc_value,
            }),
        }


print(lambda_handler({"detail": {"amount": 10, "count": 4}}, None))
print(lambda_handler({"detail": {"amount": 10, "count": 0}}, None))
print(lambda_handler({"detail": {}}, None))
print(lambda_handler({}, None))
print(lambda_handler({"detail": {"amount": "10", "count": 2}}, None))
