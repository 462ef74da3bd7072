from decimal import Decimal
import json
items = [
    {"pk": "user#1", "name": "Ann", "score": Decimal("10.5"), "visits": Decimal("3")},
    {"pk": "user#2", "name": "Bob", "score": Decimal("7"), "visits": Decimal("12")},
]
def to_json(o):
    if isinstance(o, Decimal):
        return float(o) if o % 1 else int(o)
    raise TypeError(f"Object of type {type(o).__name__} is not JSON serializable")
best = max(items, key=lambda i: i["score"])
print(best["name"], best["score"], sum(i["visits"] for i in items))
print(json.dumps(sorted(items, key=lambda i: i["visits"], reverse=True), default=to_json))
