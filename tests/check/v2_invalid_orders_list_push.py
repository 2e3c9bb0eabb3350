# stubs: orders.pyi
ids = []
for o in list_orders():
    ids.push(o["id"])  # error: unknown-attribute
print(ids)
