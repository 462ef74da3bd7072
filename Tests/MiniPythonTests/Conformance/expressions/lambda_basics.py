square = lambda n: n * n
add = lambda a, b=10: a + b
print(square(4), add(1), add(1, 2), (lambda: "no args")())
print((lambda *a, **k: (a, k))(1, 2, x=3))
print(sorted(["bb", "a", "ccc"], key=lambda s: -len(s)))
print(square.__name__, type(square).__name__)
