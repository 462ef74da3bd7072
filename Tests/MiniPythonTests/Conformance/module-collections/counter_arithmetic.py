from collections import Counter
a = Counter(x=3, y=1)
b = Counter(x=1, y=2, z=4)
print(a + b, a - b, a & b, a | b)
print(sorted(b.elements()), b.most_common(), b.most_common(1))
b.subtract({"z": 5})
print(b, b.total())
