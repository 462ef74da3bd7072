import json
import re

EMAIL = re.compile(r"^[\w.+-]+@[\w-]+(\.[\w-]+)+$")
SCHEMA = {"email": str, "age": int, "tags": list, "score": (int, float)}


def validate(payload):
    errors = []
    if not isinstance(payload, dict):
        return [f"body must be an object, not {type(payload).__name__}"]
    for field, expected in SCHEMA.items():
        if field not in payload:
            errors.append(f"{field}: required")
            continue
        value = payload[field]
        if isinstance(value, bool) or not isinstance(value, expected):
            names = expected.__name__ if isinstance(expected, type) else " or ".join(t.__name__ for t in expected)
            errors.append(f"{field}: expected {names}, got {type(value).__name__}")
    if isinstance(payload.get("email"), str) and not EMAIL.match(payload["email"]):
        errors.append("email: invalid format")
    if isinstance(payload.get("age"), int) and not 0 <= payload["age"] <= 150:
        errors.append("age: out of range")
    extra = sorted(set(payload) - set(SCHEMA))
    if extra:
        errors.append("unexpected: " + ", ".join(extra))
    return errors


def lambda_handler(event, context):
    try:
        payload = json.loads(event["body"])
    except (TypeError, json.JSONDecodeError) as e:
        return {"statusCode": 400, "body": f"bad body: {type(e).__name__}: {e}"}
    errors = validate(payload)
    if errors:
        return {"statusCode": 422, "body": json.dumps({"errors": errors})}
    return {"statusCode": 200, "body": json.dumps({"ok": True, "domain": payload["email"].split("@")[1]})}


bodies = [
    '{"email": "a.b+c@example.co.uk", "age": 30, "tags": [], "score": 9.5}',
    '{"email": "nope", "age": 200, "tags": "x", "score": true, "admin": 1, "z": 0}',
    '{"age": "30"}',
    '[1, 2]',
    '{"email": "x@y.z", "age": 1, "tags": [1], "score": 3, ',
    None,
    '',
]
for b in bodies:
    print(lambda_handler({"body": b}, None))
