for obj in ["ab", [1, 2], (3,), {"k": 1}, {5}, range(2), b"\x01", {"a": 1}.items()]:
    it = iter(obj)
    print(type(obj).__name__, iter(it) is it, list(it), list(it))
