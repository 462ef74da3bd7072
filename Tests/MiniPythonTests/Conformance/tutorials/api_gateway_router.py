import json

ITEMS = {"1": {"id": "1", "name": "pen", "price": 1.5}}


def respond(status, body):
    return {
        "statusCode": status,
        "headers": {"Content-Type": "application/json", "Access-Control-Allow-Origin": "*"},
        "body": json.dumps(body),
    }


def lambda_handler(event, context):
    method = event["httpMethod"]
    path = event["path"]
    params = event.get("pathParameters") or {}
    query = event.get("queryStringParameters") or {}
    if method == "GET" and path == "/items":
        limit = int(query.get("limit", "10"))
        return respond(200, list(ITEMS.values())[:limit])
    if method == "GET" and path.startswith("/items/"):
        item = ITEMS.get(params.get("id"))
        return respond(200, item) if item else respond(404, {"message": "Item not found"})
    if method == "POST" and path == "/items":
        try:
            data = json.loads(event.get("body") or "")
        except json.JSONDecodeError as e:
            return respond(400, {"message": f"Invalid JSON: {e}"})
        missing = [k for k in ("id", "name") if k not in data]
        if missing:
            return respond(400, {"message": "Missing fields: " + ", ".join(missing)})
        ITEMS[data["id"]] = data
        return respond(201, data)
    return respond(405, {"message": f"Unsupported method {method} on {path}"})


events = [
    {"httpMethod": "GET", "path": "/items", "queryStringParameters": None},
    {"httpMethod": "GET", "path": "/items/1", "pathParameters": {"id": "1"}},
    {"httpMethod": "GET", "path": "/items/9", "pathParameters": {"id": "9"}},
    {"httpMethod": "POST", "path": "/items", "body": '{"id": "2", "name": "ink", "price": 3}'},
    {"httpMethod": "POST", "path": "/items", "body": "{'id': 3}"},
    {"httpMethod": "POST", "path": "/items", "body": None},
    {"httpMethod": "POST", "path": "/items", "body": '{"name": "x"}'},
    {"httpMethod": "DELETE", "path": "/items/1"},
    {"httpMethod": "GET", "path": "/items", "queryStringParameters": {"limit": "1"}},
]
for e in events:
    r = lambda_handler(e, None)
    print(r["statusCode"], r["body"])
print(json.dumps(respond(200, {"ok": True}), indent=4, sort_keys=True))
