t = (3, 1, 3, 2)
print(t.count(3), t.index(2), len(t), t[1:], t + (4,), t * 2, 3 in t, sorted(t))
print(tuple(), tuple("ab"), tuple([1, 2]), (1,) == (1,), (1, 2) < (1, 3), hash((1, 2)) == hash((1, 2)))
try:
    t.index(99)
except ValueError as e:
    print(e)
a, b, *c = t
print(a, b, c)
print(repr((1,)), repr(()), repr(((1, 2), [3])))
