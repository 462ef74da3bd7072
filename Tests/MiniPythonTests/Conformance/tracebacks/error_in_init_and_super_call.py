class Base:
    def check(self, value, limit=10):
        if value > limit:
            raise ValueError(f"{value} is over {limit}")
        return value


class Item(Base):
    def __init__(self, value):
        self.value = super().check(value)


def build(values):
    return [Item(v) for v in values]


print(len(build([1, 2, 3])))
build([5, 50])
