# stubs: orders.pyi
big = [o for o in list_orders() if o["total"] > "100"]  # error: operator-type
print(len(big))
