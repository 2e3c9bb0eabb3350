from dataclasses import dataclass, field
import json
@dataclass
class Line:
    sku: str
    qty: int
    unit: float
@dataclass
class Invoice:
    number: str
    lines: list[Line] = field(default_factory=list)
    def add(self, sku, qty, unit):
        self.lines.append(Line(sku, qty, unit))
    @property
    def total(self):
        return sum(l.qty * l.unit for l in self.lines)
inv = Invoice("INV-7")
inv.add("A", 2, 3.5)
inv.add("B", 1, 10)
print(inv)
print(f"{inv.total:.2f}")
from dataclasses import asdict
print(json.dumps(asdict(inv)))
