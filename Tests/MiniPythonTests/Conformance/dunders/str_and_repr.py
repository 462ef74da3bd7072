class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Point({self.x!r}, {self.y!r})"
class Named:
    def __str__(self):
        return "named-str"
p = Point(1, "y")
print(p, str(p), repr(p), [p], (p,), {"p": p})
n = Named()
print(n, str(n), f"{n}", repr(n).startswith("<__main__.Named object"))
