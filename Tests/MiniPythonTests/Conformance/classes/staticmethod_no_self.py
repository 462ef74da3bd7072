class MathUtil:
    @staticmethod
    def add(a, b):
        return a + b
    @classmethod
    def name(cls):
        return cls.__name__
m = MathUtil()
print(MathUtil.add(1, 2), m.add(3, 4), MathUtil.name(), m.name())
f = MathUtil.add
print(f(5, 5))
