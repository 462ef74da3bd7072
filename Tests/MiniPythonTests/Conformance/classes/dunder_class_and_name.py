class Animal:
    def kind(self):
        return type(self).__name__ + "/" + self.__class__.__name__
class Cat(Animal):
    pass
print(Cat().kind(), Animal().kind(), Cat.__name__, Cat.__bases__[0].__name__)
print(Cat.__qualname__, Cat.kind.__name__, Cat.kind.__qualname__)
