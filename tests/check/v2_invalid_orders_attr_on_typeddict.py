# stubs: orders.pyi
for order in list_orders("paid"):
    print(order.id, order["total"])  # error: unknown-attribute
