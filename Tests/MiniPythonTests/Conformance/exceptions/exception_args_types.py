for args in [(), ("one",), (1, 2), (None,), ([1],), ("a", "b", "c")]:
    e = RuntimeError(*args)
    print(repr(e), "|", str(e))
