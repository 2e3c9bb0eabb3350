# stubs: orders.pyi
from dataclasses import dataclass


@dataclass
class Refund:
    order_id: str
    amount: float


@dataclass
class Hold:
    order_id: str
    reason: str


def decide(order):
    if order["total"] > 200:
        return Hold(order["id"], "manual review")
    return Refund(order["id"], order["total"])


for o in list_orders("cancelled"):
    match decide(o):
        case Refund(order_id=oid, amount=amt):
            print("refund", oid, amt)
        case Hold(order_id, reason):
            print("hold", order_id, reason)
