words = ["apple", "bob", "cat", "apple"]
print({w: len(w) for w in words})
print({len(w) for w in words})
print({k: v for k, v in [("a", 1), ("b", 2)] if v > 1})
print({i: {j for j in range(i)} for i in range(3)})
