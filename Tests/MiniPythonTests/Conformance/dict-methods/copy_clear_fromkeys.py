d = {"k": [1]}
c = d.copy()
c["k"].append(2)
c["new"] = 0
print(d, c)
d.clear()
print(d, len(d))
print(dict.fromkeys(["a", "b"]), dict.fromkeys("xy", 0), dict.fromkeys([]))
shared = dict.fromkeys(["a", "b"], [])
shared["a"].append(1)
print(shared)
