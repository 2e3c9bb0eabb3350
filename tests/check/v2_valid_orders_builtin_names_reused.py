# stubs: orders.pyi
for order in list_orders(limit=5):
    id = order["id"]
    type = order["status"]
    sum_ = order["total"]
    print(id.lower(), type.upper(), f"{sum_:.1f}")
