# stubs: orders.pyi
skus = ["S1", "S2", "S3"]
prices = [p["price"] for sku in skus if (p := get_product(sku)) is not None]
titles = {sku: prod["title"] for sku in skus if (prod := get_product(sku))}
print(sum(prices), titles)
