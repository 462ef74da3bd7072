d = {"b": 2, "a": 1, "c": 3}
print(d.get("a"), d.get("z"), d.get("z", 0), d["b"])
print(d.keys(), d.values(), d.items())
print(list(d), list(d.keys()), list(d.values()), list(d.items()))
print(len(d), "a" in d, "z" not in d, 1 in d.values(), ("a", 1) in d.items())
