a = [1]
b = a
c = [1]
print(id(a) == id(b), id(a) == id(c), isinstance(id(a), int), id(None) == id(None))
