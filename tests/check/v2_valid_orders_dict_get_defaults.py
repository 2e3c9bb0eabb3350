# stubs: orders.pyi
discounts = {"SKU-1": 0.1, "SKU-9": 0.25}
total_saving = 0.0
for order in list_orders(customer_id="C-42"):
    for item in order["items"]:
        rate = discounts.get(item["sku"], 0.0)
        total_saving += item["quantity"] * item["unit_price"] * rate
print(f"customer C-42 would save {total_saving:.2f}")
