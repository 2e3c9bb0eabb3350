# stubs: orders.pyi
names = {"C-1": "Ana", "C-2": "Bo"}
for o in list_orders():
    print(names.get(o["customer_id"]).upper())  # error: possibly-none
