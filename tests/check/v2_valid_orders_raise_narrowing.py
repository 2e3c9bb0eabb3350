# stubs: orders.pyi
class OrderMissing(Exception):
    pass


def load(order_id: str):
    order = get_order(order_id)
    if order is None:
        raise OrderMissing(order_id)
    return order


def total_of(order_id: str) -> float:
    try:
        return load(order_id)["total"]
    except OrderMissing as e:
        print("missing:", e.args[0], str(e))
        return 0.0


print(total_of("A-1"))
