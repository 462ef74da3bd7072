# Sorting by keys of the common kinds (int, str, float, tuples) and by mixes of them.
words = ["pear", "Apple", "apple", "é", "e", "\uffff", "\U0001F600", "", "a\x00", "a", "ab", "Zürich", "zebra"]
print(sorted(words))
print(sorted(words, reverse=True))
print(sorted(words, key=len))
print(sorted(words, key=len, reverse=True))
print(sorted([3, -1, 2**70, -2**70, 0, 5, -1, True, False, 2.5]))
print(sorted([0.0, -0.0, 1.5, -2.25, 1e300, -1e-300, 0.0, -0.0]))
print(sorted([(1, "b"), (1, "a"), (0, "z"), (1,), (1, "a", 0), (0.5, "q"), (True, "c")]))
records = [{"id": i, "score": (i * 37) % 11, "name": "n%d" % (i % 4), "amount": ((i * 13) % 7) / 4} for i in range(30)]
print([r["id"] for r in sorted(records, key=lambda r: r["score"])])
print([r["id"] for r in sorted(records, key=lambda r: r["name"], reverse=True)])
print([r["id"] for r in sorted(records, key=lambda r: (r["name"], -r["score"], r["amount"]))])
print([r["id"] for r in sorted(records, key=lambda r: (r["amount"], r["name"]), reverse=True)])
print([r["id"] for r in sorted(records, key=lambda r: (r["score"] % 3, r["amount"] > 0.5, r["id"] % 2))])
nan = float("nan")
print(sorted([3.0, nan, 1.0, 2.0]))
print(sorted([(1, nan), (1, 2.0), (0, nan), (1, 1.0)], key=lambda t: t[0]))
print(sorted([(2, "x"), (1, 3), (1, 2.5), (1, 2)]))
try:
    sorted([(1, "a"), (1, 2)])
except TypeError as e:
    print("TypeError:", e)
try:
    sorted(["a", 1])
except TypeError as e:
    print("TypeError:", e)
try:
    sorted([(1, None), (1, None)])
    print("equal Nones compare fine")
    sorted([(1, None), (2, None), (1, 0)])
except TypeError as e:
    print("TypeError:", e)
lst = ["b", "a", "c", "a"]
lst.sort(key=lambda s: (s, len(s)))
print(lst)
