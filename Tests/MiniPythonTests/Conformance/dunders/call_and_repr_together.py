class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x):
        return Adder(self.n + x)
    def __repr__(self):
        return f"Adder({self.n})"
    def __str__(self):
        return f"<{self.n}>"
a = Adder(1)(2)(3)
print(a, repr(a), [a], f"{a}", f"{a!r}", str(a))
