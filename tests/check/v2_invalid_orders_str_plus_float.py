# stubs: orders.pyi
order = get_order("A-1")
if order:
    print("Total: " + order["total"])  # error: operator-type
