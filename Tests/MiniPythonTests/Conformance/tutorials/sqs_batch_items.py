import json


class PoisonMessage(Exception):
    pass


def process_message(record):
    payload = json.loads(record["body"])
    if payload.get("poison"):
        raise PoisonMessage(f"message {record['messageId']} is poison")
    qty = int(payload["quantity"])
    return qty * payload.get("unit_price", 1)


def lambda_handler(event, context):
    failures = []
    processed = 0
    total = 0
    for record in event["Records"]:
        try:
            total += process_message(record)
            processed += 1
        except (PoisonMessage, ValueError, KeyError, json.JSONDecodeError) as err:
            print(f"failed {record['messageId']}: {type(err).__name__}: {err}")
            failures.append({"itemIdentifier": record["messageId"]})
    print(f"processed {processed}/{len(event['Records'])}, total={total}")
    return {"batchItemFailures": failures}


def sqs_record(message_id, body):
    return {
        "messageId": message_id,
        "receiptHandle": "AQEB" + message_id,
        "body": body if isinstance(body, str) else json.dumps(body),
        "attributes": {"ApproximateReceiveCount": "1"},
        "eventSource": "aws:sqs",
    }


event = {"Records": [
    sqs_record("m-1", {"quantity": "3", "unit_price": 2.5}),
    sqs_record("m-2", {"quantity": "x"}),
    sqs_record("m-3", {"poison": True}),
    sqs_record("m-4", "not json"),
    sqs_record("m-5", {"price": 1}),
    sqs_record("m-6", {"quantity": 4}),
]}
print(json.dumps(lambda_handler(event, None)))
print(lambda_handler({"Records": []}, None))
