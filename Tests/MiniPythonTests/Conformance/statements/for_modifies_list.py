items = [1, 2, 3]
for x in items:
    if x == 1:
        items.append(4)
    print(x)
d = {"a": 1}
try:
    for k in d:
        d["b"] = 2
except RuntimeError as e:
    print(type(e).__name__, e)
s = {1}
try:
    for k in s:
        s.add(2)
except RuntimeError as e:
    print(type(e).__name__, e)
