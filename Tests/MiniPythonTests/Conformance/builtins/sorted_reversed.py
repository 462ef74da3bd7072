print(sorted([3, 1, 2]), sorted("bca"), sorted((2, 1)), sorted({3: 0, 1: 0}), sorted([]))
print(sorted([3, 1, 2], reverse=True), sorted(["bb", "a", "ccc"], key=len), sorted([-3, 2, -1], key=abs))
print(sorted([(1, "b"), (1, "a"), (0, "z")]), sorted([1.5, 1, True, 0]))
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed((1, 2))), list(reversed(range(3))))
try:
    reversed({1, 2})
except TypeError as e:
    print(e)
try:
    sorted([1, 2], key=1)
except TypeError as e:
    print(e)
