def show(fn):
    try:
        print(repr(fn()))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
show(lambda: list(5))
show(lambda: tuple(None))
show(lambda: dict(5))
show(lambda: set(1.5))
show(lambda: frozenset(3))
show(lambda: str(b"caf\xc3\xa9", "utf-8"))
show(lambda: str(b"abc"))
show(lambda: str(5, "utf-8"))
show(lambda: bool([0]))
show(lambda: bytes("é", "ascii"))
