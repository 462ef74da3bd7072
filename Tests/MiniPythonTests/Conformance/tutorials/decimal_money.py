from decimal import Decimal, ROUND_HALF_UP
import json

PRICES = {"coffee": "3.40", "bagel": "2.15", "juice": "4.05"}
TAX_RATE = Decimal("0.0825")


def lambda_handler(event, context):
    lines = []
    subtotal = Decimal("0")
    for name, qty in event["basket"].items():
        price = Decimal(PRICES[name])
        amount = price * qty
        subtotal += amount
        lines.append(f"{name:<8}{qty:>3} x {price:>6} = {amount:>7}")
    tax = (subtotal * TAX_RATE).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    total = subtotal + tax
    lines.append(f"{'subtotal':<20}{subtotal:>7}")
    lines.append(f"{'tax':<20}{tax:>7}")
    lines.append(f"{'total':<20}{total:>7}")
    return {"receipt": "\n".join(lines), "total": str(total), "cents": int(total * 100)}


result = lambda_handler({"basket": {"coffee": 2, "bagel": 3, "juice": 1}}, None)
print(result["receipt"])
print(json.dumps({"total": result["total"], "cents": result["cents"]}))
a, b = Decimal("0.1"), Decimal("0.2")
print(a + b == Decimal("0.3"), 0.1 + 0.2 == 0.3, a + b, sum([a, b, Decimal(1)]))
print(Decimal("2.50") * 2, Decimal("7") // 2, Decimal("7") % 3, -Decimal("1.5"), abs(Decimal("-2")))
print(sorted([Decimal("1.10"), Decimal("0.5"), Decimal("1")]), max(Decimal("3"), Decimal("3.01")))
print(Decimal("1.005").quantize(Decimal("0.01")), Decimal("1.015").quantize(Decimal("0.01")))
print(float(Decimal("2.5")), int(Decimal("-2.7")), Decimal(5), Decimal("1e3"), Decimal("100").normalize())
