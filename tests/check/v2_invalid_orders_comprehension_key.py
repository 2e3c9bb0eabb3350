# stubs: orders.pyi
skus = [item["product_id"] for o in list_orders("paid") for item in o["items"]]  # error: unknown-key
print(len(skus))
