print("before class")
class Weird:
    print("class body runs at definition")
    x = 1
    y = x + 1
    def method(self):
        return self.y
print("after class", Weird.y, Weird().method())
