# stubs: orders.pyi
skus = ["A", "B", "C"]
prices = {}
for sku in skus:
    if (p := get_product(sku)) is not None:
        prices[sku] = p["price"]
print(prices)
avg = sum(prices.values()) / len(prices) if prices else 0.0
print(f"average {avg:.2f}")
