a = {1, 2, 3, 4}
b = {3, 4, 5}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b), a.intersection(b), a.difference(b), a.union([9], (10,)), a.intersection("x"))
print(a.issubset({1, 2, 3, 4, 5}), {3}.issubset(b), a.issuperset({1, 2}), a.issuperset(b))
print({1} <= {1, 2}, {1} < {1}, {1, 2} >= {2}, {1, 2} > {1, 2}, a == {4, 3, 2, 1})
