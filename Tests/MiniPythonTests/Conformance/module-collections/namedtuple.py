from collections import namedtuple
Point = namedtuple("Point", ["x", "y"])
p = Point(1, y=2)
print(p, p.x, p[1], p == (1, 2), len(p), list(p), p._asdict(), p._replace(x=10))
x, y = p
print(x + y, Point._fields, isinstance(p, tuple))
Row = namedtuple("Row", "id name active")
r = Row(7, "ann", True)
print(r, repr(r.name))
try:
    Point(1)
except TypeError as e:
    print(e)
try:
    p.x = 5
except AttributeError as e:
    print(e)
