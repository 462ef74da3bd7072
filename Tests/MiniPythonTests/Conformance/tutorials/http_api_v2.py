import base64
import json
from urllib.parse import parse_qs


def lambda_handler(event, context):
    http = event["requestContext"]["http"]
    body = event.get("body", "")
    if event.get("isBase64Encoded"):
        body = base64.b64decode(body).decode("utf-8")
    if event.get("headers", {}).get("content-type") == "application/x-www-form-urlencoded":
        form = {k: v[0] if len(v) == 1 else v for k, v in parse_qs(body).items()}
    else:
        form = json.loads(body) if body else {}
    cookies = dict(c.split("=", 1) for c in event.get("cookies", []))
    return {
        "statusCode": 200,
        "body": json.dumps({
            "method": http["method"],
            "path": event["rawPath"],
            "query": event.get("rawQueryString", ""),
            "form": form,
            "cookies": cookies,
            "sourceIp": http["sourceIp"],
        }, separators=(",", ":")),
    }


raw = "name=Ann+Lee&tag=a&tag=b&note=caf%C3%A9"
event = {
    "version": "2.0",
    "rawPath": "/signup",
    "rawQueryString": "ref=home",
    "cookies": ["session=abc=123", "theme=dark"],
    "headers": {"content-type": "application/x-www-form-urlencoded"},
    "requestContext": {"http": {"method": "POST", "sourceIp": "203.0.113.7"}},
    "body": base64.b64encode(raw.encode("utf-8")).decode("ascii"),
    "isBase64Encoded": True,
}
print(event["body"])
print(lambda_handler(event, None)["body"])
event2 = {"rawPath": "/json", "requestContext": {"http": {"method": "PUT", "sourceIp": "::1"}},
          "body": '{"a": [1, 2.5, null, true]}'}
print(lambda_handler(event2, None)["body"])
