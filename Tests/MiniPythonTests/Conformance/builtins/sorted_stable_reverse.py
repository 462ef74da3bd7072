data = [("a", 1), ("b", 1), ("c", 0)]
print(sorted(data, key=lambda t: t[1]))
print(sorted(data, key=lambda t: t[1], reverse=True))
print(list(reversed(sorted(data, key=lambda t: t[1]))))
