from decimal import Decimal, InvalidOperation
try:
    Decimal("abc")
except InvalidOperation as e:
    print(type(e).__name__, isinstance(e, ArithmeticError))
try:
    Decimal("1") / 0
except ZeroDivisionError as e:
    print(type(e).__name__, isinstance(e, ArithmeticError))
try:
    Decimal("1") + 1.5
except TypeError as e:
    print(e)
