# stubs: warehouse.pyi
rows = sales_by_region(2025)
by_region: dict[str, float] = {}
for row in rows:
    by_region[row["region"]] = by_region.get(row["region"], 0.0) + row["revenue"]
total = sum(by_region.values())
for region, revenue in sorted(by_region.items(), key=lambda kv: -kv[1]):
    share = revenue / total * 100 if total else 0
    print(f"{region:<10} {revenue:>12,.0f} {share:5.1f}%")
