# stubs: warehouse.pyi
rows = sales_by_region(2025)
has_online = any(r["channel"] == "online" for r in rows)
all_positive = all(r["revenue"] >= 0 for r in rows)
units = sum((r["units"] for r in rows), 0)
months = dict(sorted({r["month"]: r["revenue"] for r in rows}.items()))
print(has_online, all_positive, units, list(months)[:3])
