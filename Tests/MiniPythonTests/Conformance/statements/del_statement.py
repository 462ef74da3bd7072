x = 1
del x
try:
    x
except NameError as e:
    print(e)
a, b = 1, 2
del a, b
l = [1, 2, 3]
del l[0], l[0]
print(l)
class O:
    pass
o = O()
o.v = 1
del o.v
print(hasattr(o, "v"))
try:
    del o.v
except AttributeError as e:
    print(e)
def f():
    y = 1
    del y
    return y
try:
    f()
except UnboundLocalError as e:
    print(e)
