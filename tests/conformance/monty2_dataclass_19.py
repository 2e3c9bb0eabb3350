# nested dataclasses, repr recursion and asdict on list of dataclasses
from dataclasses import dataclass, field, asdict

@dataclass
class Line:
    sku: str
    qty: int
    price: float

@dataclass
class Order:
    id: int
    lines: list = field(default_factory=list)
    def total(self):
        return sum(l.qty * l.price for l in self.lines)

o = Order(7, [Line("a", 2, 1.5), Line("b", 1, 4.0)])
assert o.total() == 7.0
assert asdict(o)["lines"][1] == {"sku": "b", "qty": 1, "price": 4.0}
print(o)
print(f"{o.total():.2f}")
o.lines[2]
