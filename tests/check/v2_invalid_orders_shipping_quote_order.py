# stubs: orders.pyi
order = get_order("A-1")
if order is not None and order["shipping_address"] is not None:
    cost = shipping_quote(0.5, order["shipping_address"])  # error: arg-type
    print(cost)
