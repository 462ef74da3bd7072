d = {"a": 1, "b": 2, "c": 3}
for k in list(d):
    if d[k] % 2:
        del d[k]
print(d)
d2 = {k: v for k, v in {"x": 1, "y": 2}.items() if v > 1}
print(d2)
try:
    for k in d:
        d.pop(k)
except RuntimeError as e:
    print(e)
