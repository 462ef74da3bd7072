d = {}
d[1] = "int"
d[1.0] = "float overwrites value, keeps key"
d[True] = "bool too"
print(d)
print(d[1], d[1.0], d[True], len(d))
d2 = {1.5: "a", 2: "b"}
print(d2.get(1.5), d2.get(2.0), 2.0 in d2, d2.pop(2.0), d2)
