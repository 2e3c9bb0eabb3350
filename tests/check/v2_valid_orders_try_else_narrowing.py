# stubs: orders.pyi
def safe_total(order_id: str) -> float:
    try:
        order = get_order(order_id)
    except RuntimeError:
        return -1.0
    else:
        if order is None:
            return 0.0
        return order["total"]


print(safe_total("A-1"))
