import uuid
import hashlib

NAMESPACE = uuid.UUID("6ba7b810-9dad-11d1-80b4-00c04fd430c8")


def lambda_handler(event, context):
    request_id = uuid.UUID(event["requestId"])
    generated = uuid.uuid4()
    return {
        "requestId": str(request_id),
        "hex": request_id.hex,
        "version": request_id.version,
        "newIdShape": [len(str(generated)), str(generated).count("-"), generated.version],
        "etag": hashlib.md5(event["body"].encode()).hexdigest(),
        "sha256": hashlib.sha256(event["body"].encode("utf-8")).hexdigest()[:16],
    }


print(lambda_handler({"requestId": "c6af9ac6-7b61-11e6-9a41-93e8deadbeef", "body": "hello world"}, None))
u = uuid.UUID("{12345678-1234-5678-1234-567812345678}")
print(u, repr(u), u == uuid.UUID("12345678123456781234567812345678"))
try:
    uuid.UUID("not-a-uuid")
except ValueError as e:
    print("ValueError:", e)
