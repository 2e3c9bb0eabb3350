# stubs: orders.pyi
for o in list_orders():
    print(o["id"], o["total"])
for o in search_products("pen"):
    print(o["title"], o["stock"])
for o in ["x", "y"]:
    print(o.upper())
