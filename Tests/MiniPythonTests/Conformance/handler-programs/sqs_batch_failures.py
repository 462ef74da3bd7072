import json
def lambda_handler(event, context):
    failures = []
    for record in event["Records"]:
        try:
            body = json.loads(record["body"])
            print("processing order", body["orderId"], "total", round(sum(body["prices"]), 2))
        except (json.JSONDecodeError, KeyError) as e:
            print("failed", record["messageId"], type(e).__name__, e)
            failures.append({"itemIdentifier": record["messageId"]})
    return {"batchItemFailures": failures}
event = {"Records": [
    {"messageId": "m1", "body": '{"orderId": 1, "prices": [1.1, 2.2]}'},
    {"messageId": "m2", "body": "not json"},
    {"messageId": "m3", "body": '{"prices": []}'},
]}
print(lambda_handler(event, None))
