from dataclasses import dataclass, field, asdict
from typing import List, Optional, Dict, Any
import json


@dataclass
class LineItem:
    sku: str
    quantity: int
    unit_price: float = 0.0

    @property
    def subtotal(self) -> float:
        return self.quantity * self.unit_price


@dataclass
class Order:
    order_id: str
    customer: str
    items: List[LineItem] = field(default_factory=list)
    coupon: Optional[str] = None

    def total(self) -> float:
        total = sum(item.subtotal for item in self.items)
        return round(total * 0.9, 2) if self.coupon == "TENOFF" else round(total, 2)


def parse_order(payload: Dict[str, Any]) -> Order:
    items = [LineItem(**raw) for raw in payload.get("items", [])]
    return Order(payload["orderId"], payload["customer"], items, payload.get("coupon"))


def lambda_handler(event: dict, context) -> dict:
    order = parse_order(json.loads(event["body"]))
    return {"statusCode": 200, "body": json.dumps({"order": asdict(order), "total": order.total()})}


body = {"orderId": "o-1", "customer": "ann", "coupon": "TENOFF",
        "items": [{"sku": "pen", "quantity": 3, "unit_price": 1.25}, {"sku": "pad", "quantity": 1, "unit_price": 4.0}]}
print(lambda_handler({"body": json.dumps(body)}, None)["body"])
o = Order("o-2", "bob")
print(o)
print(o == Order("o-2", "bob"), o.items is not Order("o-3", "x").items, o.total())
print(LineItem("ink", 2))
try:
    LineItem(sku="x")
except TypeError as e:
    print("TypeError:", e)
try:
    parse_order({"orderId": "o", "customer": "c", "items": [{"sku": "a", "qty": 1}]})
except TypeError as e:
    print("TypeError:", e)
