print(repr(1), repr(1.0), repr("a'b"), repr(None), repr([1, "2"]), repr((1,)), repr({1: "a"}), repr(set()))
print(repr(b"\x00"), repr(range(3)), repr(range(1, 5, 2)), repr(frozenset()), repr(True), repr(...))
print(repr(float("inf")), repr(-0.0), repr("\n\t"), repr("é"), repr("\u200b"))
