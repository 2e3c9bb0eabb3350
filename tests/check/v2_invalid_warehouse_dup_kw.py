# stubs: warehouse.pyi
rows = sales_by_region(2025, region="EU", region="US")  # error: duplicate-keyword, syntax-error
print(rows)
