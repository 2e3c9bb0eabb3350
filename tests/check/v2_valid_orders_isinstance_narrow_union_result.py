# stubs: orders.pyi
def lookup(key: str):
    if key.startswith("SKU"):
        return get_product(key)
    return get_order(key)


for key in ["SKU-1", "A-1"]:
    item = lookup(key)
    if item is None:
        continue
    if "sku" in item:
        print("product", item["sku"])
    else:
        print("order", item["id"])
