# stubs: orders.pyi
orders = list_orders(state="paid", limit=10)  # error: unknown-keyword
for o in orders:
    print(o["id"])
