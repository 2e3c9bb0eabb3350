# stubs: orders.pyi
orders = list_orders("pending")
print("Pending orders: " + len(orders))  # error: operator-type
