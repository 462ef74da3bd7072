# Models a handler that builds thousands of records (orders from a DynamoDB-style
# batch), serialises them with json.dumps (compact, sorted and indented forms, as a
# handler writes a response body, an S3 object or a log line), parses them back with
# json.loads, and checks the round trip. Values include nested dicts and lists,
# strings with escapes and non-ASCII text, ints, floats, booleans and None.
# Deterministic: a fixed linear congruential generator instead of random. Floats are
# added with += rather than sum(), whose float rounding changed in Python 3.12.
import json


class Lcg:
    def __init__(self, seed):
        self.state = seed

    def next(self, bound):
        self.state = (self.state * 1103515245 + 12345) % 2147483648
        return (self.state >> 16) % bound


SKUS = ["sku-apple", "sku-pear", "sku-plum", "sku-kiwi", "sku-fig", "sku-lime", "sku-date"]
CITIES = ["Zürich", "São Paulo", "Kraków", "Dublin", "Seattle", "Tokyo \"east\"", "Line\nbreak"]
STATUSES = ["PENDING", "PAID", "SHIPPED", "CANCELLED"]


def make_order(rng, i):
    lines = []
    total = 0.0
    for j in range(1 + rng.next(4)):
        qty = 1 + rng.next(5)
        cents = 99 + rng.next(5000)
        lines.append({"sku": SKUS[rng.next(len(SKUS))], "qty": qty, "price": cents / 100,
                      "gift": rng.next(7) == 0, "line": j})
        total += qty * (cents / 100)
    return {
        "orderId": f"ord-{i:06d}",
        "customer": {"id": 1000 + rng.next(500), "city": CITIES[rng.next(len(CITIES))],
                     "tags": ["vip"] if rng.next(10) == 0 else []},
        "status": STATUSES[rng.next(len(STATUSES))],
        "lines": lines,
        "note": None if rng.next(3) else "leave at door\tplease",
        "total": total,
    }


def main():
    rng = Lcg(42)
    orders = [make_order(rng, i) for i in range(ORDERS)]
    compact_chars = 0
    sorted_chars = 0
    parsed_lines = 0
    qty_total = 0
    city_chars = 0
    mismatches = 0
    for batch_start in range(0, len(orders), 100):
        batch = orders[batch_start:batch_start + 100]
        body = json.dumps({"items": batch, "count": len(batch)})
        compact_chars += len(body)
        back = json.loads(body)
        if back["items"] != batch:
            mismatches += 1
        for item in back["items"]:
            parsed_lines += len(item["lines"])
            city_chars += len(item["customer"]["city"])
            for line in item["lines"]:
                qty_total += line["qty"]
    for order in orders:
        text = json.dumps(order, sort_keys=True, separators=(",", ":"))
        sorted_chars += len(text)
        again = json.loads(text)
        if again != order:
            mismatches += 1
    pretty = json.dumps(orders[:50], indent=2, ensure_ascii=False)
    pretty_back = json.loads(pretty)
    if pretty_back != orders[:50]:
        mismatches += 1
    money = 0.0
    for order in orders:
        money += order["total"]
    print(json.dumps(orders[7], sort_keys=True))
    print(pretty.splitlines()[12])
    print(f"orders={len(orders)} compact={compact_chars} sorted={sorted_chars} pretty={len(pretty)}")
    print(f"lines={parsed_lines} qty={qty_total} cityChars={city_chars} money={money:.2f}")
    print(f"checksum {compact_chars + sorted_chars + len(pretty) + parsed_lines * 7 + qty_total} mismatches={mismatches}")


ORDERS = 12000
main()
