class Cart:
    def __init__(self):
        self.items = []
    def add(self, name, price):
        self.items.append((name, price))
        return self
    def total(self):
        return sum(price for _, price in self.items)
    def summary(self):
        return f"{len(self.items)} items, total {self.total():.2f}"
print(Cart().add("a", 1.5).add("b", 2.25).summary())
