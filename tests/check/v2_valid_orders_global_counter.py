# stubs: orders.pyi
processed = 0
errors: list[str] = []


def process(order_id: str) -> None:
    global processed
    order = get_order(order_id)
    if order is None:
        errors.append(order_id)
        return
    processed += 1


for oid in ["A", "B", "C"]:
    process(oid)
print(processed, errors)
