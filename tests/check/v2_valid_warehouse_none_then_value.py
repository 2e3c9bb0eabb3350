# stubs: warehouse.pyi
best = None
best_day = ""
for day in ["2026-01-01", "2026-01-02"]:
    v = metric("revenue", day)
    if v is None:
        continue
    if best is None or v > best:
        best = v
        best_day = day
if best is not None:
    print(best_day, f"{best:.2f}")
