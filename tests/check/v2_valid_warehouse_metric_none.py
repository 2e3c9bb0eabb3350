# stubs: warehouse.pyi
days = ["2026-01-01", "2026-01-02", "2026-01-03"]
values = [metric("dau", d) for d in days]
present = [v for v in values if v is not None]
if present:
    print(f"avg dau {sum(present) / len(present):.1f}, missing {values.count(None)} days")
else:
    print("no data")
