class Counter:
    count = 0
    def bump(self):
        self.count += 1
        return self.count
a = Counter()
b = Counter()
print(a.bump(), a.bump(), b.bump(), Counter.count, a.count, b.count)
print(vars(a), vars(Counter)["count"])
