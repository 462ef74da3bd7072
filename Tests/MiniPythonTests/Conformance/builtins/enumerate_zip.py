print(list(enumerate("abc")), list(enumerate(["x", "y"], start=1)), list(enumerate([], 5)))
print(list(zip([1, 2, 3], "ab")), list(zip()), list(zip([1], [2], [3])))
names = ["a", "b"]
ages = [1, 2]
print(dict(zip(names, ages)))
pairs = [(1, "one"), (2, "two")]
nums, words = zip(*pairs)
print(nums, words)
try:
    list(zip([1, 2], [1], strict=True))
except ValueError as e:
    print(e)
