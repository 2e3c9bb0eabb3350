# stubs: orders.pyi
orders = list_orders("paid")
print(orders["id"])  # error: arg-type
