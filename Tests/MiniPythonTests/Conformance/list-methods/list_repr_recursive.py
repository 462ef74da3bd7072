l = [1, 2]
l.append(l)
print(l)
d = {"a": 1}
d["self"] = d
print(d)
