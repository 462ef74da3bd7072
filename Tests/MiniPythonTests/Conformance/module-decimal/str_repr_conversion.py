from decimal import Decimal
d = Decimal("12.340")
print(d, repr(d), str(d), int(d), float(d), [d], {"n": d})
print(Decimal(1.1), Decimal("1.1"), Decimal(2**70))
print(Decimal("NaN"), Decimal("-Infinity"), Decimal("-0"), Decimal("1.5e-10"), Decimal("123E5"))
print(f"{Decimal('3.14159'):.2f}", round(Decimal("2.675"), 2), round(Decimal("2.5")), round(Decimal("-0.5")))
