# stubs: orders.pyi
ref = get_product("REF")
products = search_products("chair")
if ref is not None:
    closest = sorted(products, key=lambda p: abs(p["price"] - ref["price"]))
    print([p["title"] for p in closest[:3]])
