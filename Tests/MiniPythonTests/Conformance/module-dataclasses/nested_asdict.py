from dataclasses import dataclass, asdict, field
@dataclass
class Address:
    city: str
@dataclass
class User:
    name: str
    address: Address
    roles: list = field(default_factory=lambda: ["user"])
u = User("ann", Address("Oslo"))
print(u)
print(asdict(u))
