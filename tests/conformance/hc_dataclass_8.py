from dataclasses import dataclass, field
@dataclass
class Order:
    id: int
    items: list[str] = field(default_factory=list)
    total: float = 0.0
    def add(self, name: str, price: float) -> "Order":
        self.items.append(name)
        self.total += price
        return self
o = Order(1).add("pen", 1.25).add("ink", 3.5)
print(o)
print(o == Order(1, ["pen", "ink"], 4.75), o.total)
orders = [Order(3, total=9.0), Order(2, total=1.0), o]
print(sorted(orders, key=lambda x: x.total)[0].id, [x.id for x in sorted(orders, key=lambda x: -x.id)])
@dataclass
class Line:
    qty: int
    price: float
    @property
    def subtotal(self) -> float:
        return self.qty * self.price
lines = [Line(2, 1.5), Line(1, 10.0)]
print(sum(l.subtotal for l in lines), lines[0])
Line(1, 2.0, 3)
