class Base:
    def __init__(self):
        print("Base")
        super().__init__()
class Left(Base):
    def __init__(self):
        print("Left")
        super().__init__()
class Right(Base):
    def __init__(self):
        print("Right")
        super().__init__()
class Child(Left, Right):
    def __init__(self):
        print("Child")
        super().__init__()
Child()
print([c.__name__ for c in Child.__mro__])
