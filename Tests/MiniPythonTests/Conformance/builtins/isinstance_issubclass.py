print(isinstance(1, int), isinstance(True, int), isinstance(1, float), isinstance(1.0, (int, float)))
print(isinstance("s", str), isinstance(b"", bytes), isinstance([], list), isinstance(None, type(None)))
print(isinstance({}, dict), isinstance(set(), set), isinstance(frozenset(), set), isinstance((), tuple))
print(issubclass(bool, int), issubclass(int, object), issubclass(str, (int, str)), issubclass(KeyError, LookupError))
try:
    isinstance(1, "int")
except TypeError as e:
    print(e)
try:
    issubclass(1, int)
except TypeError as e:
    print(e)
