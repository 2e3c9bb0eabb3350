# stubs: warehouse.pyi
for r in sales_by_region(2024):
    print(r["channel"].upper())  # error: possibly-none
