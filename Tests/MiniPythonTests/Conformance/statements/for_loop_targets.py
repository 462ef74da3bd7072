d = {}
for d["key"] in [1, 2, 3]:
    pass
print(d)
class Obj:
    pass
o = Obj()
for o.attr in "xy":
    pass
print(o.attr)
for i in range(3):
    pass
print(i)
for a, (b, c) in [(1, (2, 3)), (4, (5, 6))]:
    print(a + b + c)
