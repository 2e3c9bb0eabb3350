# stubs: warehouse.pyi
rows = sales_by_region(2026, region="EMEA")
channels: dict[str, int] = {}
for r in rows:
    ch = r["channel"] if r["channel"] is not None else "direct"
    channels[ch] = channels.get(ch, 0) + r["units"]
print(channels)
best_month = max(rows, key=lambda r: r["revenue"])["month"] if rows else None
print("best month:", best_month)
