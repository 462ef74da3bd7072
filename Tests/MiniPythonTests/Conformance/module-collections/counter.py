from collections import Counter
c = Counter("mississippi")
print(c, c["s"], c["z"], c.most_common(2), sorted(c.elements())[:5])
c2 = Counter(["a", "b", "a"])
c2.update(["a", "c"])
print(c2, c2 + Counter(a=1), c2 - Counter(a=5), sum(c2.values()), len(c2))
print(Counter({"x": 2}) == Counter(x=2), dict(Counter(a=1)), list(Counter("cab")))
