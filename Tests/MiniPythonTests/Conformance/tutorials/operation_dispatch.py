import json

TABLE = {}


def lambda_handler(event, context):
    """Dispatches on event['operation'] the way the HTTPS-endpoint tutorial's handler does."""
    operation = event["operation"]
    payload = event.get("payload", {})

    def create(p):
        item = p["Item"]
        TABLE[item["id"]] = dict(item)
        return {"created": item["id"]}

    def read(p):
        return {"Item": TABLE.get(p["Key"]["id"])}

    def update(p):
        key = p["Key"]["id"]
        if key not in TABLE:
            raise KeyError(key)
        TABLE[key].update(p["AttributeUpdates"])
        return {"Attributes": TABLE[key]}

    def delete(p):
        return {"deleted": TABLE.pop(p["Key"]["id"], None) is not None}

    operations = {
        "create": create,
        "read": read,
        "update": update,
        "delete": delete,
        "list": lambda p: {"Items": sorted(TABLE.values(), key=lambda i: i["id"])},
        "echo": lambda p: p,
        "ping": lambda p: "pong",
    }
    if operation in operations:
        return operations[operation](payload)
    raise ValueError(f'Unrecognized operation "{operation}"')


def console_template(event, context):
    # TODO implement
    return {
        'statusCode': 200,
        'body': json.dumps('Hello from Lambda!')
    }


calls = [
    {"operation": "create", "payload": {"Item": {"id": "1234ABCD", "number": 5}}},
    {"operation": "create", "payload": {"Item": {"id": "0001", "number": 1}}},
    {"operation": "read", "payload": {"Key": {"id": "1234ABCD"}}},
    {"operation": "update", "payload": {"Key": {"id": "0001"}, "AttributeUpdates": {"number": 2}}},
    {"operation": "list"},
    {"operation": "delete", "payload": {"Key": {"id": "1234ABCD"}}},
    {"operation": "delete", "payload": {"Key": {"id": "1234ABCD"}}},
    {"operation": "echo", "payload": {"somekey1": "somevalue1", "somekey2": "somevalue2"}},
    {"operation": "ping"},
    {"operation": "read", "payload": {"Key": {"id": "nope"}}},
]
for call in calls:
    print(call["operation"], "->", json.dumps(lambda_handler(call, None)))
print(console_template({}, None))
try:
    lambda_handler({"operation": "update", "payload": {"Key": {"id": "gone"}, "AttributeUpdates": {}}}, None)
except KeyError as e:
    print("KeyError:", e)
lambda_handler({"operation": "drop"}, None)
