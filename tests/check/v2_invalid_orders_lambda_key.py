# stubs: orders.pyi
orders = list_orders("paid")
orders.sort(key=lambda o: o["amount"])  # error: unknown-key
print(orders[:1])
