def f():
    try:
        raise KeyError("first")
    finally:
        raise ValueError("from finally")
f()
