class P:
    cls_attr = 1
    def method(self):
        pass
p = P()
p.x = 1
p.y = 2
print(vars(p))
print([n for n in dir(p) if not n.startswith("_")])
print([n for n in dir(P) if not n.startswith("_")])
try:
    vars(5)
except TypeError as e:
    print(e)
