# stubs: orders.pyi
from typing import Optional


def order_value(order: Order, include_tax: bool = False) -> float:
    value = sum(i["quantity"] * i["unit_price"] for i in order["items"])
    return value * 1.2 if include_tax else value


def first_city(order: Optional[Order]) -> str:
    if order is None:
        return "?"
    addr = order["shipping_address"]
    return addr["city"] if addr is not None else "?"


for o in list_orders(limit=3):
    print(o["id"], round(order_value(o, include_tax=True), 2), first_city(o))
print(first_city(get_order("nope")))
