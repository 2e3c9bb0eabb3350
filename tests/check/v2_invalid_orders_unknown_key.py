# stubs: orders.pyi
def describe(order_id: str) -> str:
    order = get_order(order_id)
    if order is None:
        return "missing"
    return f"{order['id']} placed {order['created']}"  # error: unknown-key


print(describe("A-1"))
