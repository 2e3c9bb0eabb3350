# stubs: orders.pyi
for order in list_orders():
    if order["status"]("paid"):  # error: not-callable
        print(order["id"])
