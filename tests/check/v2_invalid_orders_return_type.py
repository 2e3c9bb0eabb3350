# stubs: orders.pyi
def item_count(order_id: str) -> int:
    order = get_order(order_id)
    if order is None:
        return 0
    return order["items"]  # error: return-type


print(item_count("A-1"))
