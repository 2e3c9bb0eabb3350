# stubs: orders.pyi
from dataclasses import dataclass, field
from typing import Optional


@dataclass
class OrderSummary:
    order_id: str
    total: float
    item_count: int
    notes: list[str] = field(default_factory=list)

    def describe(self) -> str:
        return f"{self.order_id}: {self.item_count} items, {self.total:.2f}"


summaries: list[OrderSummary] = []
for order in list_orders("paid", limit=20):
    count = sum(item["quantity"] for item in order["items"])
    s = OrderSummary(order["id"], order["total"], count)
    if order["shipping_address"] is None:
        s.notes.append("no address")
    summaries.append(s)

for s in sorted(summaries, key=lambda x: x.total, reverse=True):
    print(s.describe(), ", ".join(s.notes))
