def show(fn):
    try:
        print(fn())
    except (TypeError, ValueError, LookupError) as e:
        print(type(e).__name__, e)
show(lambda: bytes([256]))
show(lambda: bytes([-1]))
show(lambda: bytes("text"))
show(lambda: b"a" + "b")
show(lambda: "a" in b"abc")
show(lambda: bytes(-1))
show(lambda: b"abc".decode("no-such-codec"))
