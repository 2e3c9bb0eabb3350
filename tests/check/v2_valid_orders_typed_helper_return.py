# stubs: orders.pyi
from typing import Optional


def address_line(order_id: str) -> Optional[str]:
    order = get_order(order_id)
    if order is None or order["shipping_address"] is None:
        return None
    a = order["shipping_address"]
    return f"{a['line1']}, {a['city']} ({a['country']})"


line = address_line("Z-9")
print(line if line is not None else "no address")
print(len(line or ""))
