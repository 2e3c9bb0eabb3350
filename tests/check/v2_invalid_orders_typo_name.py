# stubs: orders.pyi
orders = list_orders("paid")
total = 0.0
for order in orders:
    total += order["total"]
print(f"{len(ordrs)} orders, total {total:.2f}")  # error: undefined-name
