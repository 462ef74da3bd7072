o = object()
print(type(o).__name__, isinstance(o, object), isinstance(5, object), o == o, o != object())
try:
    o.x = 1
except AttributeError as e:
    print(e)
class C(object):
    pass
print(C.__bases__[0] is object, C.__mro__[-1].__name__)
