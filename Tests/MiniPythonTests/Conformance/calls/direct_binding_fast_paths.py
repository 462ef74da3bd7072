# Calls whose arguments go straight into the callee's slots: defaults filled in, classes
# with __init__ defaults, super() method calls, __call__, *args forwarding, property
# getters, closures and recursion reusing finished frames.


def f(a, b=2, c=3):
    return (a, b, c)


print(f(1), f(1, 20), f(1, 20, 30))


def g(a, b=[]):
    b.append(a)
    return b


print(g(1), g(2), g(3, []))


class Point:
    def __init__(self, x, y=0, z=0):
        self.x = x
        self.y = y
        self.z = z

    def moved(self, dx=1, dy=1):
        return Point(self.x + dx, self.y + dy, self.z)

    def __repr__(self):
        return f"Point({self.x}, {self.y}, {self.z})"


print(Point(1), Point(1, 2), Point(1, 2, 3), Point(1).moved(), Point(1).moved(5), Point(1).moved(5, 6))


class NoInit:
    pass


n = NoInit()
print(type(n).__name__)
try:
    NoInit(1)
except TypeError as e:
    print("TypeError:", e)


class Base:
    def __init__(self, name, tag="base"):
        self.name = name
        self.tag = tag

    def describe(self, suffix="!"):
        return self.name + "/" + self.tag + suffix

    def twice(self, a, b=2):
        return (a, b)


class Child(Base):
    def __init__(self, name):
        super().__init__(name)

    def describe(self, suffix="?"):
        return "child " + super().describe() + " " + super().describe(suffix)

    def twice(self, a, b=3):
        return super().twice(a) + super().twice(a, b)


c = Child("c")
print(c.name, c.tag, c.describe(), c.twice(1))


class Counter:
    def __init__(self):
        self.calls = 0

    def __call__(self, step=1):
        self.calls += step
        return self.calls


counter = Counter()
print(counter(), counter(5), counter())


class Temperature:
    def __init__(self, celsius):
        self.celsius = celsius

    @property
    def fahrenheit(self):
        return self.celsius * 9 / 5 + 32


print(Temperature(100).fahrenheit, Temperature(-40).fahrenheit)


def forward(*args):
    return f(*args)


print(forward(1), forward(1, 2), forward(*[4, 5, 6]), forward(*(7,)))
try:
    f(*5)
except TypeError as e:
    print("TypeError:", e)


def make_adder(n):
    def add(x):
        return x + n
    return add


adders = [make_adder(i) for i in range(3)]
print([a(10) for a in adders])


def outer(x):
    def inner():
        return x * 2
    x += 1
    return inner()


print(outer(1), outer(2), outer(3))


def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)


print(depth(50), depth(3), depth(0))


def keeps_return():
    try:
        return "from try"
    finally:
        print("finally runs")


print(keeps_return())


def overrides_return():
    try:
        return "from try"
    finally:
        return "from finally"


print(overrides_return())


class ReturnsValue:
    def __init__(self, v=1):
        pass

    def __new_like(self):
        return self


class BadInit:
    def __init__(self, v=1):
        return v


try:
    BadInit()
except TypeError as e:
    print("TypeError:", e)
try:
    BadInit(5)
except TypeError as e:
    print("TypeError:", e)
try:
    Point()
except TypeError as e:
    print("TypeError:", e)
try:
    Point(1, 2, 3, 4)
except TypeError as e:
    print("TypeError:", e)
try:
    c.twice()
except TypeError as e:
    print("TypeError:", e)
try:
    f()
except TypeError as e:
    print("TypeError:", e)


class WithNew:
    def __new__(cls, x):
        print("new", x)
        return super().__new__(cls)

    def __init__(self, x):
        self.x = x


print(WithNew(3).x)


class Changing:
    def __init__(self):
        self.v = "first"


print(Changing().v)


def second_init(self):
    self.v = "second"


Changing.__init__ = second_init
print(Changing().v)
