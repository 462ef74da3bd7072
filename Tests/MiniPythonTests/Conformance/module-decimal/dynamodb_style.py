from decimal import Decimal
import json
item = {"id": "42", "price": Decimal("19.99"), "qty": Decimal("3")}
total = item["price"] * item["qty"]
print(total, type(total).__name__)
def default(o):
    if isinstance(o, Decimal):
        return int(o) if o % 1 == 0 else float(o)
    raise TypeError
print(json.dumps(item, default=default))
print(json.dumps(item, default=str))
