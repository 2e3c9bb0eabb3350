# stubs: orders.pyi
products = search_products("desk")
for p in products:
    if len(p["stock"]) == 0:  # error: arg-type
        print(p["title"], "out of stock")
