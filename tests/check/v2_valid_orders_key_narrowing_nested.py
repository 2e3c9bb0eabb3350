# stubs: orders.pyi
order = get_order("A-3")
if order and order["shipping_address"]:
    print(order["shipping_address"]["city"], order["shipping_address"].get("postcode", "-"))
