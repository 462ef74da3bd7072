from decimal import Decimal
a = Decimal("0.1")
b = Decimal("0.2")
print(a + b, a + b == Decimal("0.3"), 0.1 + 0.2 == 0.3)
print(Decimal("10") / Decimal("4"), Decimal("1") / Decimal("3"), Decimal("2.50") * 2, Decimal("7") // 2, Decimal("7") % 3)
print(Decimal("1.10") + Decimal("2.205"), Decimal("-1.5") - 1, -Decimal("3"), abs(Decimal("-2.0")))
print(Decimal(5), Decimal("1e3"), Decimal("1E+3") + 0, Decimal("0.000"), Decimal(3) * Decimal("1.0"))
