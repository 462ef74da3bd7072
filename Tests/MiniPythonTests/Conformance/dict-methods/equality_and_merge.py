a = {"x": 1, "y": 2}
b = {"y": 2, "x": 1}
print(a == b, list(a) == list(b), a != {"x": 1})
print(a | {"z": 3}, {"z": 3} | a)
a |= {"x": 10}
print(a)
