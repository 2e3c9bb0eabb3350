# stubs: warehouse.pyi
rows = sales_by_region("2025")  # error: arg-type
print(len(rows))
