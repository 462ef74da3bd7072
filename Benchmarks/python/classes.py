# Models a handler with a small domain model (a shopping cart / ledger service):
# many small objects, method calls, @property getters, @staticmethod and
# @classmethod constructors, __eq__ and __hash__ so value objects work as dict
# keys, inheritance with super().__init__ and overridden methods, __repr__,
# __len__, __contains__, __iter__, __getitem__ and __call__.
# Deterministic: a fixed linear congruential generator instead of random.


class Lcg:
    def __init__(self, seed):
        self.state = seed

    def next(self, bound):
        self.state = (self.state * 1103515245 + 12345) % 2147483648
        return (self.state >> 16) % bound


class Money:
    def __init__(self, cents, currency):
        self.cents = cents
        self.currency = currency

    def plus(self, other):
        if other.currency != self.currency:
            raise ValueError("currency mismatch: " + self.currency + " and " + other.currency)
        return Money(self.cents + other.cents, self.currency)

    def times(self, factor):
        return Money(self.cents * factor, self.currency)

    @property
    def is_zero(self):
        return self.cents == 0

    def __eq__(self, other):
        return isinstance(other, Money) and self.cents == other.cents and self.currency == other.currency

    def __hash__(self):
        return hash((self.cents, self.currency))

    def __repr__(self):
        return f"Money({self.cents}, {self.currency!r})"

    @staticmethod
    def zero(currency):
        return Money(0, currency)


class Sku:
    def __init__(self, code, size):
        self.code = code
        self.size = size

    def __eq__(self, other):
        return isinstance(other, Sku) and self.code == other.code and self.size == other.size

    def __hash__(self):
        return hash((self.code, self.size))

    def __repr__(self):
        return f"Sku({self.code!r}, {self.size})"


class Line:
    def __init__(self, sku, qty, unit):
        self.sku = sku
        self.qty = qty
        self.unit = unit

    @property
    def total(self):
        return self.unit.times(self.qty)

    def describe(self):
        return f"{self.qty} x {self.sku.code}/{self.sku.size}"


class DiscountLine(Line):
    def __init__(self, sku, qty, unit, percent):
        super().__init__(sku, qty, unit)
        self.percent = percent

    @property
    def total(self):
        full = self.unit.times(self.qty)
        return Money(full.cents - full.cents * self.percent // 100, full.currency)

    def describe(self):
        return super().describe() + f" (-{self.percent}%)"


class Cart:
    def __init__(self, owner):
        self.owner = owner
        self.lines = []

    @classmethod
    def for_user(cls, user_id):
        return cls("user-" + str(user_id))

    def add(self, line):
        for existing in self.lines:
            if existing.sku == line.sku and type(existing) is type(line):
                existing.qty += line.qty
                return self
        self.lines.append(line)
        return self

    def __len__(self):
        return len(self.lines)

    def __contains__(self, sku):
        for line in self.lines:
            if line.sku == sku:
                return True
        return False

    def __iter__(self):
        return iter(self.lines)

    def __getitem__(self, index):
        return self.lines[index]

    @property
    def total(self):
        total = Money.zero("EUR")
        for line in self.lines:
            total = total.plus(line.total)
        return total


class TaxRule:
    def __init__(self, percent):
        self.percent = percent

    def __call__(self, money):
        return Money(money.cents * (100 + self.percent) // 100, money.currency)


class Shape:
    def area(self):
        raise NotImplementedError

    def name(self):
        return type(self).__name__


class Rect(Shape):
    def __init__(self, w, h):
        self.w = w
        self.h = h

    def area(self):
        return self.w * self.h


class Square(Rect):
    def __init__(self, side):
        super().__init__(side, side)


class Circleish(Shape):
    def __init__(self, r):
        self.r = r

    def area(self):
        return 3 * self.r * self.r


CODES = ["tee", "hoodie", "cap", "sock", "scarf", "mug", "sticker"]


def main():
    rng = Lcg(5)
    tax = TaxRule(21)
    grand = Money.zero("EUR")
    line_count = 0
    described = 0
    hits = 0
    price_book = {}
    for c in range(CARTS):
        cart = Cart.for_user(c)
        for _ in range(3 + rng.next(6)):
            sku = Sku(CODES[rng.next(len(CODES))], 36 + rng.next(6))
            unit = Money(500 + rng.next(4000), "EUR")
            if rng.next(4) == 0:
                cart.add(DiscountLine(sku, 1 + rng.next(3), unit, 5 * (1 + rng.next(4))))
            else:
                cart.add(Line(sku, 1 + rng.next(3), unit))
            price_book[sku] = price_book.get(sku, 0) + 1
        if Sku("mug", 38) in cart:
            hits += 1
        for line in cart:
            described += len(line.describe())
        line_count += len(cart)
        first = cart[0]
        if not first.total.is_zero:
            grand = grand.plus(tax(cart.total))
    shapes = []
    for i in range(SHAPES):
        kind = i % 3
        if kind == 0:
            shapes.append(Rect(1 + i % 7, 2 + i % 5))
        elif kind == 1:
            shapes.append(Square(1 + i % 9))
        else:
            shapes.append(Circleish(1 + i % 4))
    areas = {}
    for shape in shapes:
        areas[shape.name()] = areas.get(shape.name(), 0) + shape.area()
    money_keys = {}
    for i in range(SHAPES):
        m = Money(i % 50, "EUR" if i % 2 else "USD")
        money_keys[m] = money_keys.get(m, 0) + 1
    same = Money(10, "EUR") == Money(10, "EUR")
    try:
        Money(1, "EUR").plus(Money(1, "USD"))
        mismatch = "none"
    except ValueError as error:
        mismatch = str(error)
    popular = sorted(price_book.items(), key=lambda kv: (-kv[1], kv[0].code, kv[0].size))[:3]
    print(grand, line_count, described, hits, len(price_book))
    print(popular)
    print(areas, len(money_keys), money_keys[Money(7, "EUR")], same, mismatch)
    print(f"checksum {grand.cents + line_count + described + hits + sum(areas.values()) + len(money_keys)}")


CARTS = 12000
SHAPES = 60000
main()
