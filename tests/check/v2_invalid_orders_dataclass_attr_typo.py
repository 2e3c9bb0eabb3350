# stubs: orders.pyi
from dataclasses import dataclass


@dataclass
class Summary:
    order_id: str
    total: float


s = Summary("A-1", 10.0)
print(s.order_id, s.totl)  # error: unknown-attribute
