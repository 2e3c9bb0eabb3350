# stubs: orders.pyi
from dataclasses import dataclass


@dataclass
class Order:
    ref: str
    amount: float


def biggest(orders: list[Order]) -> Order | None:
    return max(orders, key=lambda o: o.amount) if orders else None


mine = [Order(o["id"], o["total"]) for o in list_orders("paid")]
top = biggest(mine)
if top is not None:
    print(top.ref, top.amount)
