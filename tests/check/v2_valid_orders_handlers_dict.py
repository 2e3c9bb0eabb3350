# stubs: orders.pyi
from typing import Callable

handlers: dict[str, Callable[[dict], str]] = {
    "paid": lambda o: f"ship {o['id']}",
    "pending": lambda o: f"remind {o['customer_id']}",
}
for order in list_orders():
    handler = handlers.get(order["status"])
    if handler is not None:
        print(handler(order))
