class Squares:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError(i)
        return i * i
print(list(Squares()), 9 in Squares(), [x for x in Squares()])
class Mapping:
    def __getitem__(self, key):
        return key.upper()
m = Mapping()
print(m["abc"], m["x"])
