class A:
    def greet(self):
        return "A"
class B(A):
    def greet(self):
        return "B+" + super().greet()
class C(B):
    def greet(self):
        return "C+" + super(C, self).greet()
print(C().greet())
class Base:
    def __init__(self, **kw):
        self.kw = kw
class Derived(Base):
    def __init__(self, **kw):
        super().__init__(flag=True, **kw)
print(Derived(a=1).kw)
