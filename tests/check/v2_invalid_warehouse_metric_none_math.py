# stubs: warehouse.pyi
today = metric("revenue", "2026-01-02")
yesterday = metric("revenue", "2026-01-01")
if yesterday:
    print(f"growth {(today - yesterday) / yesterday:.1%}")  # error: possibly-none
