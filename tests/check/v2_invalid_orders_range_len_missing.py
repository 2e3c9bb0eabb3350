# stubs: orders.pyi
orders = list_orders()
for i in len(orders):  # error: not-iterable
    print(orders[i]["id"])
