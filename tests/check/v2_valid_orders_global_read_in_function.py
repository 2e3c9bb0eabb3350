# stubs: orders.pyi
current = None


def show() -> None:
    print(current["id"], current["total"])


for oid in ["A-1", "A-2"]:
    current = get_order(oid)
    if current is None:
        continue
    show()
