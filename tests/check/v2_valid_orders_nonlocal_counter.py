# stubs: orders.pyi
def counter():
    count = 0

    def bump(order) -> int:
        nonlocal count
        count += len(order["items"])
        return count

    return bump


bump = counter()
for o in list_orders():
    bump(o)
print(bump({"items": []}))
