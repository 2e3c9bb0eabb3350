# stubs: orders.pyi
order = "header"
ids = [order["id"] for order in list_orders()]
print(order.upper(), ids)
