# stubs: orders.pyi
orders = list_orders()
for key, value in orders.items():  # error: unknown-attribute
    print(key, value)
