class Base:
    registry = []
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        Base.registry.append(cls.__name__)
class A(Base): pass
class B(A): pass
print(Base.registry)
class Handlers:
    routes = {}
    @classmethod
    def __init_subclass__(cls):
        Handlers.routes[cls.__name__.lower()] = cls
class Get(Handlers): pass
print(sorted(Handlers.routes), Handlers.__init_subclass__)
class Strict:
    def __init_subclass__(cls):
        if not hasattr(cls, "handle"):
            raise TypeError(f"{cls.__name__} must define handle()")
class Good(Strict):
    def handle(self): return 1
try:
    class Bad(Strict): pass
except TypeError as e:
    print("TypeError:", e)
