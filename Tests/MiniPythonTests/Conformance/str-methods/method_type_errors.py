def show(fn):
    try:
        print(fn())
    except (TypeError, ValueError, LookupError) as e:
        print(type(e).__name__, e)
show(lambda: "a".replace(1, "b"))
show(lambda: "a b".split(1))
show(lambda: "abc".find(1))
show(lambda: "abc".count(None))
show(lambda: "a".zfill("3"))
show(lambda: "abc".strip(1))
show(lambda: "abc".startswith(1))
show(lambda: "abc".encode("no-such-codec"))
