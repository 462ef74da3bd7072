class Multiplier:
    def __init__(self, k):
        self.k = k
    def __call__(self, x, y=1):
        return x * self.k * y
m = Multiplier(3)
print(m(2), m(2, y=10), callable(m), callable(Multiplier), callable(5))
print(list(map(m, [1, 2, 3])))
