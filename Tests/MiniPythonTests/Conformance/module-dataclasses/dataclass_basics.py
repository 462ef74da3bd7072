from dataclasses import dataclass, field, asdict
@dataclass
class Item:
    name: str
    price: float
    tags: list = field(default_factory=list)
    qty: int = 1
i = Item("pen", 1.5)
print(i, i == Item("pen", 1.5), i == Item("pen", 2.0))
i.tags.append("office")
print(asdict(i), Item("a", 1, ["x"], 3))
try:
    Item()
except TypeError as e:
    print(e)
