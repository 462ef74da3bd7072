def risky():
    try:
        {}["x"]
    except:
        print("caught by bare except")
        raise
try:
    risky()
except KeyError as e:
    print("re-raised", repr(e))
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise
except ArithmeticError as e:
    print(type(e).__name__, e)
