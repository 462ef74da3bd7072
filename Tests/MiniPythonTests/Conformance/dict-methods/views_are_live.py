d = {"a": 1}
keys = d.keys()
values = d.values()
items = d.items()
d["b"] = 2
print(keys, values, items, len(keys))
print(sorted(keys), list(reversed(d)))
print(keys == {"a", "b"}, keys - {"a"}, keys & {"b", "c"})
