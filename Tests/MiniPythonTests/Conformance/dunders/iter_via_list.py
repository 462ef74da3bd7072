class Bag:
    def __init__(self, *items):
        self.items = list(items)
    def __iter__(self):
        return iter(self.items)
b = Bag(3, 1, 2)
print(list(b), sorted(b), sum(b), max(b), [x * 2 for x in b])
for x in b:
    print(x)
a, c, d = b
print(a, c, d, 2 in b)
