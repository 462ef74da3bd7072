print(type(1), type(1.0), type("s"), type(b"s"), type([]), type(()), type({}), type(set()), type(None))
print(type(True), type(range(1)), type(len), type(lambda: 0), type(type), type(frozenset()), type(slice(1)))
class C:
    pass
print(type(C()), type(C), type(C()) is C, type(1) == int, type(1).__name__)
