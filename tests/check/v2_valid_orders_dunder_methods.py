# stubs: orders.pyi
from dataclasses import dataclass


@dataclass(order=True)
class Ranked:
    score: float
    order_id: str

    def __str__(self) -> str:
        return f"{self.order_id} ({self.score:.1f})"


class Money:
    def __init__(self, amount: float, currency: str):
        self.amount = amount
        self.currency = currency

    def __add__(self, other: "Money") -> "Money":
        return Money(self.amount + other.amount, self.currency)

    def __repr__(self):
        return f"Money({self.amount:.2f} {self.currency})"


ranked = sorted(Ranked(o["total"], o["id"]) for o in list_orders())
print([str(r) for r in ranked[:3]])
total = Money(0, "EUR")
for o in list_orders("paid"):
    total = total + Money(o["total"], o["currency"])
print(total, total.amount)
