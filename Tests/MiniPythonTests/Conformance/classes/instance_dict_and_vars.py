class P:
    kind = "point"
    def __init__(self, x, y):
        self.x = x
        self.y = y
p = P(1, 2)
print(vars(p), p.__dict__)
p.z = 3
print(vars(p))
setattr(p, "w", 4)
print(getattr(p, "w"), hasattr(p, "kind"), "kind" in vars(p))
