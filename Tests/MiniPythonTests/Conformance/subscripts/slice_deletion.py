l = list(range(10))
del l[1:3]
print(l)
del l[::2]
print(l)
del l[-1]
print(l)
del l[:]
print(l)
d = {"a": 1, "b": 2}
del d["a"]
print(d)
try:
    del d["zz"]
except KeyError as e:
    print("KeyError", e)
