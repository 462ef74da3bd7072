def f():
    try:
        int("x")
    except ValueError as e:
        err = e
    raise err
try:
    f()
except ValueError as e:
    print(type(e).__name__, e)
def g():
    try:
        {}["k"]
    except KeyError as e:
        raise e from None
try:
    g()
except KeyError as e:
    print(repr(e), e.__suppress_context__)
