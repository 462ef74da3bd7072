for v in [0, 0.0, -0.0, 1, "", " ", [], [0], (), {}, {0: 0}, set(), None, range(0), range(1), b"", frozenset()]:
    print(repr(v), bool(v))
