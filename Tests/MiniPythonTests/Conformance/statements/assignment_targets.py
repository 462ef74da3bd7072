class O:
    pass
o = O()
o.a = o.b = 1
l = [0, 0, 0]
l[0], l[1] = 5, 6
l[-1] += 10
d = {}
d["x"] = d.setdefault("y", 0) + 1
print(o.a, o.b, l, d)
x = [1, 2, 3]
x[1:2] = x
print(x)
