d = {}
print(d.setdefault("a", []), d)
d.setdefault("a", []).append(1)
d.setdefault("b")
print(d)
d.update({"c": 3})
d.update([("d", 4)], e=5)
d.update(a="replaced")
print(d)
print(d.update({}))
try:
    d.update([1, 2])
except TypeError as e:
    print(e)
