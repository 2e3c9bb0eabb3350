# stubs: warehouse.pyi
rows = sales_by_region(2025)
for row in rows:
    print(row.region, row["revenue"])  # error: unknown-attribute
