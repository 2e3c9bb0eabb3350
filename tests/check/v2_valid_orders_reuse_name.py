# stubs: orders.pyi
result = list_orders("refunded")
print(len(result), "refunded orders")
result = sum(o["total"] for o in result)
print("refunded total", result)
result = f"{result:.2f} {store_currency}"
print(result.upper())
