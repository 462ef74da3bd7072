g = (x * 2 for x in [1, 2, 3])
print(type(g).__name__)
print(list(g))
print(list(g))
print(sum(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", repr(e))
