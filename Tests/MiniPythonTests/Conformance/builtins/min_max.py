print(min(3, 1, 2), max(3, 1, 2), min([4, 5]), max("hello"), min("b", "a"), max([1, 5], [2]))
print(min([], default="empty"), max([], default=None), max(["aa", "b"], key=len), min({"x": 3, "y": 1}, key={"x": 3, "y": 1}.get))
print(max(1, 2.5), min(-1, -1.0), max(True, 0))
for fn in [lambda: min([]), lambda: max(), lambda: max(1), lambda: min(1, "a")]:
    try:
        fn()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
