import json
from datetime import date, datetime
from decimal import Decimal


class CustomEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, Decimal):
            return float(o) if o % 1 else int(o)
        if isinstance(o, (datetime, date)):
            return o.isoformat()
        if isinstance(o, set):
            return sorted(o)
        return super().default(o)


def lambda_handler(event, context):
    item = {"id": Decimal("42"), "price": Decimal("19.99"), "created": datetime(2024, 1, 2, 3, 4, 5),
            "day": date(2024, 1, 2), "tags": {"new", "sale"}}
    return {"statusCode": 200, "body": json.dumps(item, cls=CustomEncoder)}


print(lambda_handler({}, None)["body"])
print(json.dumps([Decimal("1.5")], cls=CustomEncoder, indent=2))
try:
    json.dumps({"x": object}, cls=CustomEncoder)
except TypeError as e:
    print("TypeError:", e)
print(json.dumps({"when": datetime(2020, 1, 1)}, default=str))
