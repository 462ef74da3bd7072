from decimal import Decimal
print(Decimal("1.0") == Decimal("1"), Decimal("1") == 1, Decimal("0.5") == 0.5, Decimal("1.5") > 1, Decimal("2") < 2.5)
print(sorted([Decimal("2"), Decimal("1.5"), Decimal("10")]), max(Decimal("1"), Decimal("1.00")))
print(hash(Decimal("1")) == hash(1), {Decimal("1"): "a"}.get(1), Decimal("3") in [3])
print(sum([Decimal("0.1")] * 10), sum([Decimal("0.1")] * 10) == 1)
