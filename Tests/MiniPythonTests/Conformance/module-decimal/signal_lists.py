# What a trapped signal carries, as CPython's C decimal raises it: the list of every trapped signal the operation
# raised (in the module's order), on the first of them.
from decimal import (Clamped, Context, Decimal, DivisionByZero, Inexact, InvalidOperation, Overflow, Rounded,
                     Subnormal, Underflow)

dynamodb = Context(Emin=-128, Emax=126, prec=38, traps=[Clamped, Overflow, Inexact, Rounded, Underflow])
cases = [
    lambda: Decimal("abc"),
    lambda: Decimal(1) / Decimal(0),
    lambda: Decimal(0) / Decimal(0),
    lambda: Decimal("inf") - Decimal("inf"),
    lambda: dynamodb.create_decimal(Decimal(0.1)),
    lambda: dynamodb.create_decimal(10 ** 38),
    lambda: dynamodb.create_decimal(10 ** 40 + 1),
    lambda: dynamodb.create_decimal("1e200"),
    lambda: dynamodb.create_decimal("1e-200"),
    lambda: dynamodb.create_decimal("1.5e-160"),
    lambda: Context(prec=2, traps=[Rounded]).create_decimal(123),
    lambda: Context(prec=2, traps=[Subnormal], Emin=-5).create_decimal("1e-6"),
    lambda: Context(prec=2, traps=[Subnormal], Emin=-5).create_decimal("1.23e-6"),
    lambda: Decimal("1.23").quantize(Decimal("1e-1"), context=Context(traps=[Inexact])),
    lambda: Decimal(10) ** 1000000,
]
for case in cases:
    try:
        print("ok", case())
    except ArithmeticError as e:
        print(type(e).__name__, e.args)
