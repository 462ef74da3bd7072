print(list(range(5)), list(range(2, 5)), list(range(0, 10, 3)), list(range(5, 0, -2)), list(range(0)))
r = range(1, 10, 2)
print(r, r[0], r[-1], r[1:3], len(r), 5 in r, 4 in r, r.index(5), r.count(7))
print(range(3) == range(0, 3), list(reversed(range(3))), sum(range(101)))
try:
    range(1, 2, 0)
except ValueError as e:
    print(e)
try:
    range(1.5)
except TypeError as e:
    print(e)
print(range(10**20)[-1], len(range(-5, 5)))
