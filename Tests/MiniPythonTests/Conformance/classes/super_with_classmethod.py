class Base:
    @classmethod
    def create(cls):
        return cls.__name__ + " created"
    def hello(self):
        return "base hello"
class Sub(Base):
    @classmethod
    def create(cls):
        return "sub: " + super().create()
    def hello(self):
        return super().hello().upper()
print(Sub.create(), Sub().hello())
