class Plain:
    pass
a = Plain()
b = Plain()
print(a == a, a == b, a != b, a is a)
print(repr(a).startswith("<__main__.Plain object at 0x"), str(a) == repr(a))
print(Plain.__name__, Plain.__module__ if False else "module hidden")
