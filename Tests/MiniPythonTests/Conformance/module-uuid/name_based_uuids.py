import uuid


def idempotency_key(event):
    """A stable id for a request: the same order always gets the same key."""
    return uuid.uuid5(uuid.NAMESPACE_URL, f"https://shop.example/orders/{event['orderId']}")


print(idempotency_key({"orderId": 42}), idempotency_key({"orderId": 42}) == idempotency_key({"orderId": 42}))
print(uuid.uuid5(uuid.NAMESPACE_DNS, "python.org"), uuid.uuid5(uuid.NAMESPACE_DNS, "python.org").version)
print(uuid.uuid3(uuid.NAMESPACE_DNS, "python.org"), uuid.uuid3(uuid.NAMESPACE_OID, b"1.2.3").version)
print(uuid.uuid5(uuid.NAMESPACE_X500, "cn=x"), uuid.NAMESPACE_OID, uuid.NAMESPACE_X500)
print(uuid.uuid5(uuid.NAMESPACE_DNS, "é").hex, uuid.uuid5(uuid.NAMESPACE_DNS, "").variant)
