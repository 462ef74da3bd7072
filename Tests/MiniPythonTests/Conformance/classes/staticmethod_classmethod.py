class Temperature:
    unit = "C"
    def __init__(self, degrees):
        self.degrees = degrees
    @classmethod
    def from_f(cls, f):
        return cls(round((f - 32) * 5 / 9, 1))
    @staticmethod
    def is_valid(d):
        return d > -273.15
    @classmethod
    def describe(cls):
        return cls.__name__ + " in " + cls.unit
class Kelvin(Temperature):
    unit = "K"
t = Temperature.from_f(212)
print(t.degrees, type(t).__name__, Temperature.is_valid(-300), t.is_valid(0))
print(Temperature.describe(), Kelvin.describe(), type(Kelvin.from_f(32)).__name__)
