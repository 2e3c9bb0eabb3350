# stubs: orders.pyi
import json
from dataclasses import asdict, dataclass


@dataclass
class Row:
    sku: str
    qty: int


rows = [Row("A", 1), Row("B", 2)]
print(json.dumps([asdict(r) for r in rows]))
print(sum(r.qty for r in rows))
