# stubs: orders.pyi
for p in search_products("lamp"):
    print(p["title"], p["price"].upper())  # error: unknown-attribute
