def trigger(kind):
    if kind == "zero":
        return 1 / 0
    if kind == "key":
        return {}["k"]
    if kind == "index":
        return [][0]
    if kind == "attr":
        return None.x
    if kind == "type":
        return 1 + "a"
    if kind == "value":
        return int("x")
    if kind == "name":
        return undefined_name
    if kind == "unicode":
        return b"\xff".decode()
    if kind == "overflow":
        return 2.0 ** 10000
    if kind == "recursion":
        return trigger(kind)
for kind in ["zero", "key", "index", "attr", "type", "value", "name", "unicode", "overflow", "recursion"]:
    try:
        trigger(kind)
    except Exception as e:
        bases = [c.__name__ for c in type(e).__mro__[1:-2]]
        print(f"{kind:10} {type(e).__name__:18} {bases}")
