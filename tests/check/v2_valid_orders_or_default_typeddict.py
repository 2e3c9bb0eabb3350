# stubs: orders.pyi
for order in list_orders("paid"):
    addr = order["shipping_address"] or {}
    city = addr.get("city", "unknown")
    print(order["id"], city)
