print(True, False, None, ...)
print(type(None).__name__, type(...).__name__, repr(Ellipsis))
print(True + True, False * 5, None is None, ... is Ellipsis)
