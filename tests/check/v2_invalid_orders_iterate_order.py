# stubs: orders.pyi
order = get_order("A-2")
if order is not None:
    for item in order["total"]:  # error: not-iterable
        print(item)
