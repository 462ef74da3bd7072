print(sum([1, 2, 3]), sum([]), sum([1.5, 2.5]), sum([1, 2], 10), sum([[1], [2]], []), sum(range(5), start=100))
print(sum([0.1] * 10), sum([True, True]))
print(abs(-5), abs(5), abs(-2.5), abs(0.0), abs(-0.0), abs(True), abs(-(10**30)))
for fn in [lambda: sum(["a", "b"]), lambda: sum(["a"], ""), lambda: abs("x"), lambda: sum(5)]:
    try:
        fn()
    except TypeError as e:
        print(e)
