d = {"a": 1, "b": 2, "c": 3}
print(d.pop("a"), d.pop("zz", "default"), d)
print(d.popitem(), d)
print(d.popitem(), d)
try:
    d.popitem()
except KeyError as e:
    print("KeyError", e)
try:
    d.pop("missing")
except KeyError as e:
    print("KeyError", e)
