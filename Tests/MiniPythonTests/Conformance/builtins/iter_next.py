it = iter([1, 2])
print(next(it), next(it), next(it, "done"))
try:
    next(it)
except StopIteration:
    print("StopIteration raised")
s = iter("ab")
print(list(s), list(s))
d = iter({"x": 1, "y": 2})
print(next(d))
print(iter(it) is it)
try:
    next([1, 2])
except TypeError as e:
    print(e)
