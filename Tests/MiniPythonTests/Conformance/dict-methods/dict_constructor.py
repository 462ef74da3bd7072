print(dict(), dict(a=1, b=2), dict([("x", 1), ("y", 2)]), dict({"k": "v"}, extra=1))
print(dict(zip("abc", range(3))), dict([[1, 2]]))
try:
    dict([1, 2])
except TypeError as e:
    print(e)
try:
    dict([("a", 1, 2)])
except ValueError as e:
    print(e)
