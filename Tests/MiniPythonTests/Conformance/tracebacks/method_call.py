class Inventory:
    def __init__(self):
        self.stock = {"apple": 3}
    def take(self, item, n):
        if self.stock[item] < n:
            raise ValueError(f"only {self.stock[item]} {item} left")
        self.stock[item] -= n
    def take_all(self, items):
        for item in items:
            self.take(item, 2)
inv = Inventory()
inv.take_all(["apple", "apple"])
