# dataclass basics
from dataclasses import dataclass, field
@dataclass
class Item:
    name: str
    price: float
    qty: int = 1
    tags: list = field(default_factory=list)
    def total(self):
        return self.price * self.qty
a = Item("pen", 1.5, 4)
b = Item("pen", 1.5, 4)
print(a, a == b, a.total(), Item("x", 2.0).tags, a is not b)
a.tags.append("office")
print(a, b.tags)
Item("only-name")
