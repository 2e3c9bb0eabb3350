# stubs: orders.pyi
from dataclasses import dataclass


@dataclass
class Summary:
    order_id: str
    total: float


rows = [Summary(order_id=o["id"], totl=o["total"]) for o in list_orders()]  # error: unknown-keyword
print(rows)
