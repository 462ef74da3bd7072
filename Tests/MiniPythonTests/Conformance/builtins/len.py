print(len("abc"), len([1, 2]), len((1,)), len({"a": 1}), len({1, 2, 3}), len(range(10)), len(b"xy"), len(""))
print(len(range(0, 10, 3)), len(range(10, 0)), len(frozenset([1])), len({}.keys()))
for bad in [5, None, 1.5, iter([])]:
    try:
        len(bad)
    except TypeError as e:
        print(e)
