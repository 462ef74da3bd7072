l = [1, 2, 3]
print(l + [4], l * 2, [l] * 2, 2 in l, len(l), l[::-1], list("ab"), list(range(3)), list((1, 2)))
print(l == [1, 2, 3], l < [1, 2, 4], l != [1, 2], max(l), min(l), sum(l))
nested = [[0] * 2] * 2
nested[0][0] = 9
print(nested)
print(list(), list({"a": 1, "b": 2}), list({3}))
