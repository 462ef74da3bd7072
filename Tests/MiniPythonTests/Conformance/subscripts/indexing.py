s = "python"
l = [10, 20, 30]
t = (1, 2, 3)
d = {"a": 1, 2: "two", (1, 2): "tuple"}
print(s[0], s[-1], l[1], l[-3], t[2], d["a"], d[2], d[(1, 2)], d[1, 2])
print(b"abc"[1], range(10)[3], range(10)[-1])
