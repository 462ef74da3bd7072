first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = "abc"
print(init, last)
a, *mid, z = range(5)
print(a, mid, z)
h, *t = [1]
print(h, t)
a, (b, *c) = 1, (2, 3, 4)
print(a, b, c)
