# stubs: orders.pyi
def split_total(order_id: str) -> tuple[float, int]:
    order = get_order(order_id)
    if not order:
        return 0.0, 0
    return order["total"], len(order["items"])


amount, count = split_total("A-1")
print(f"{amount:.2f} over {count} items; avg {amount / count if count else 0:.2f}")
