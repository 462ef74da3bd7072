import json
from decimal import Decimal


def deserialize(value):
    (kind, inner), = value.items()
    if kind == "S":
        return inner
    if kind == "N":
        return Decimal(inner)
    if kind == "BOOL":
        return inner
    if kind == "NULL":
        return None
    if kind == "L":
        return [deserialize(v) for v in inner]
    if kind == "M":
        return {k: deserialize(v) for k, v in inner.items()}
    if kind == "SS":
        return set(inner)
    raise TypeError(f"Unsupported DynamoDB type: {kind}")


def to_json(obj):
    if isinstance(obj, Decimal):
        return int(obj) if obj == obj.to_integral_value() else float(obj)
    if isinstance(obj, set):
        return sorted(obj)
    raise TypeError(f"Object of type {type(obj).__name__} is not JSON serializable")


def lambda_handler(event, context):
    counts = {}
    for record in event["Records"]:
        name = record["eventName"]
        counts[name] = counts.get(name, 0) + 1
        ddb = record["dynamodb"]
        keys = {k: deserialize(v) for k, v in ddb["Keys"].items()}
        new = {k: deserialize(v) for k, v in ddb.get("NewImage", {}).items()}
        old = {k: deserialize(v) for k, v in ddb.get("OldImage", {}).items()}
        print(record["eventID"], name, json.dumps(keys, default=to_json))
        if name == "MODIFY":
            changed = sorted(k for k in new.keys() | old.keys() if new.get(k) != old.get(k))
            print("  changed:", changed)
        elif name == "INSERT":
            print("  new:", json.dumps(new, default=to_json, sort_keys=True))
    return counts


event = {"Records": [
    {"eventID": "1", "eventName": "INSERT", "dynamodb": {
        "Keys": {"Id": {"N": "101"}},
        "NewImage": {"Id": {"N": "101"}, "Message": {"S": "New item!"}, "Price": {"N": "9.99"},
                     "Tags": {"SS": ["b", "a"]}, "Meta": {"M": {"ok": {"BOOL": True}, "n": {"NULL": True}}}}}},
    {"eventID": "2", "eventName": "MODIFY", "dynamodb": {
        "Keys": {"Id": {"N": "101"}},
        "OldImage": {"Id": {"N": "101"}, "Message": {"S": "New item!"}, "Qty": {"N": "1"}},
        "NewImage": {"Id": {"N": "101"}, "Message": {"S": "This item has changed"}, "Qty": {"N": "1.0"}}}},
    {"eventID": "3", "eventName": "REMOVE", "dynamodb": {
        "Keys": {"Id": {"N": "101"}}, "OldImage": {"Id": {"N": "101"}}}},
]}
print(lambda_handler(event, None))
price = Decimal("9.99") * 3
print(price, repr(price), price + Decimal("0.03"), Decimal("10") / Decimal("4"), Decimal("1.10") == Decimal("1.1"))
print(json.dumps({"bad": Decimal("1.5")}))
