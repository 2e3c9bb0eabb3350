# stubs: warehouse.pyi
rows = sales_by_region(2025, region="APAC")
total_units = sum(r["unit"] for r in rows)  # error: unknown-key
print(total_units)
