l = ["a", "b", "a", "c", 1, 1.0, True]
print(l.index("a"), l.index("a", 1), l.count("a"), l.count(1), l.index(True), l.count("z"))
try:
    l.index("z")
except ValueError as e:
    print(e)
try:
    [1, 2].index(3)
except ValueError as e:
    print(e)
