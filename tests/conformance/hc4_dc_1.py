from dataclasses import dataclass, field

@dataclass
class Item:
    name: str
    price: float
    qty: int = 1
    tags: list[str] = field(default_factory=list)

    @property
    def total(self):
        return self.price * self.qty

a = Item("pen", 1.5, 4)
b = Item("pen", 1.5, 4)
print(a, a == b, a.total)
a.tags.append("office")
print(a.tags, b.tags)
print(Item("x", 2.0) == Item("x", 2.0, 1, []))
Item("only-name")
