# stubs: orders.pyi
top = sorted(list_orders(), key=lambda o: o["total"], reversed=True)  # error: unknown-keyword
print(top[:3])
