# stubs: orders.pyi
orders = list_orders("paid")
biggest = max(orders, key=lambda o: o["total"], default=None)
print(biggest["id"])  # error: possibly-none
