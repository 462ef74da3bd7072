print(1, 1.0, "s", b"b", None, True, [1], (1,), {1: 1}, {1}, frozenset({1}), range(2), slice(1, 2))
print(print.__name__, len.__name__, repr(print)[:19])
