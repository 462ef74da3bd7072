# Models an API Gateway (REST, proxy integration) Lambda handler end to end: for each
# request event it parses the JSON body, routes on httpMethod and path (with path
# parameters), reads headers and queryStringParameters, validates the input with
# custom exceptions, updates an in-memory "table" (a warm-start global dict),
# and builds a proxy response dict with statusCode, headers and a json.dumps body.
# Deterministic: the events are generated from a counter; no time, no random.
import json

TABLE = {}
COUNTERS = {"requests": 0, "errors": 0, "created": 0}


class HttpError(Exception):
    def __init__(self, status, message):
        super().__init__(message)
        self.status = status


class ValidationError(HttpError):
    def __init__(self, field, problem):
        super().__init__(400, f"{field}: {problem}")
        self.field = field


class NotFound(HttpError):
    def __init__(self, what):
        super().__init__(404, what + " not found")


def respond(status, payload, request_id):
    return {
        "statusCode": status,
        "headers": {"Content-Type": "application/json", "X-Request-Id": request_id},
        "body": json.dumps(payload, separators=(",", ":")),
        "isBase64Encoded": False,
    }


def require(body, field, kind):
    if field not in body:
        raise ValidationError(field, "is required")
    value = body[field]
    if not isinstance(value, kind) or isinstance(value, bool):
        raise ValidationError(field, "must be " + kind.__name__)
    return value


def create_item(event, params):
    body = json.loads(event["body"] or "{}")
    name = require(body, "name", str).strip()
    if not 1 <= len(name) <= 40:
        raise ValidationError("name", "must be 1 to 40 characters")
    price = require(body, "price", int)
    if price < 0:
        raise ValidationError("price", "must not be negative")
    tags = body.get("tags", [])
    COUNTERS["created"] += 1
    item_id = "item-" + str(COUNTERS["created"]).zfill(5)
    TABLE[item_id] = {"id": item_id, "name": name, "price": price, "tags": sorted(set(tags)), "version": 1}
    return 201, TABLE[item_id]


def get_item(event, params):
    item = TABLE.get(params["id"])
    if item is None:
        raise NotFound("item " + params["id"])
    return 200, item


def update_item(event, params):
    item = TABLE.get(params["id"])
    if item is None:
        raise NotFound("item " + params["id"])
    body = json.loads(event["body"] or "{}")
    if "price" in body:
        item["price"] = require(body, "price", int)
    if "name" in body:
        item["name"] = require(body, "name", str)
    item["version"] += 1
    return 200, item


def delete_item(event, params):
    if TABLE.pop(params["id"], None) is None:
        raise NotFound("item " + params["id"])
    return 204, {}


def list_items(event, params):
    query = event.get("queryStringParameters") or {}
    limit = int(query.get("limit", "10"))
    prefix = query.get("prefix", "")
    items = [item for item in TABLE.values() if item["name"].startswith(prefix)]
    items.sort(key=lambda item: (item["price"], item["id"]))
    return 200, {"items": items[:limit], "count": len(items)}


ROUTES = [
    ("POST", ["items"], create_item),
    ("GET", ["items"], list_items),
    ("GET", ["items", "{id}"], get_item),
    ("PUT", ["items", "{id}"], update_item),
    ("DELETE", ["items", "{id}"], delete_item),
]


def match(method, path):
    parts = [part for part in path.split("/") if part]
    allowed = False
    for route_method, pattern, handler in ROUTES:
        if len(pattern) != len(parts):
            continue
        params = {}
        for want, got in zip(pattern, parts):
            if want.startswith("{"):
                params[want[1:-1]] = got
            elif want != got:
                break
        else:
            if route_method == method:
                return handler, params
            allowed = True
    if allowed:
        raise HttpError(405, "method " + method + " not allowed")
    raise NotFound("route " + path)


def lambda_handler(event, context):
    COUNTERS["requests"] += 1
    request_id = event["requestContext"]["requestId"]
    headers = {key.lower(): value for key, value in (event.get("headers") or {}).items()}
    try:
        if headers.get("x-api-key") != "secret":
            raise HttpError(403, "forbidden")
        handler, params = match(event["httpMethod"], event["path"])
        status, payload = handler(event, params)
        return respond(status, payload, request_id)
    except ValidationError as error:
        COUNTERS["errors"] += 1
        return respond(error.status, {"message": str(error), "field": error.field}, request_id)
    except HttpError as error:
        COUNTERS["errors"] += 1
        return respond(error.status, {"message": str(error)}, request_id)
    except (ValueError, KeyError) as error:
        COUNTERS["errors"] += 1
        return respond(400, {"message": type(error).__name__ + ": " + str(error)}, request_id)


def make_event(i):
    kind = i % 10
    item = "item-" + str(1 + (i * 7) % (1 + i // 3)).zfill(5)
    method, path, body, query = "GET", "/items/" + item, None, None
    if kind < 4:
        method, path = "POST", "/items"
        body = {"name": f" widget {i % 97} ", "price": (i * 37) % 5000, "tags": ["b", "a", "b", str(i % 3)]}
        if i % 23 == 0:
            body["price"] = "free"
        if i % 29 == 0:
            del body["name"]
    elif kind == 4 and i % 100 == 4:
        path, query = "/items", {"limit": str(3 + i % 5), "prefix": "widget " + str(i % 9)}
    elif kind == 5:
        method, body = "PUT", {"price": (i * 13) % 700}
    elif kind == 6 and i % 4 == 0:
        method = "DELETE"
    elif kind == 7:
        method, path = "PATCH", "/items"
    elif kind == 8 and i % 5 == 0:
        path = "/nowhere/" + str(i)
    event = {
        "resource": "/{proxy+}",
        "path": path,
        "httpMethod": method,
        "headers": {"Content-Type": "application/json", "X-Api-Key": "secret" if i % 31 else "wrong"},
        "queryStringParameters": query,
        "requestContext": {"requestId": f"req-{i:07d}", "stage": "prod"},
        "body": None if body is None else json.dumps(body),
    }
    if i % 41 == 0:
        event["body"] = "{not json"
        event["httpMethod"] = "POST"
        event["path"] = "/items"
    return json.dumps(event)


def main():
    statuses = {}
    body_chars = 0
    samples = []
    for i in range(REQUESTS):
        event = json.loads(make_event(i))
        response = lambda_handler(event, None)
        statuses[response["statusCode"]] = statuses.get(response["statusCode"], 0) + 1
        body_chars += len(response["body"])
        if i % 997 == 0:
            samples.append(response["body"][:90])
    for sample in samples[:6]:
        print(sample)
    print(sorted(statuses.items()), len(TABLE), COUNTERS)
    print(f"checksum {body_chars + len(TABLE) * 3 + COUNTERS['errors']}")


REQUESTS = 16000
main()
