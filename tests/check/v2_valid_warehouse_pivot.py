# stubs: warehouse.pyi
from typing import Any

rows = sales_by_region(2025)
months = sorted({r["month"] for r in rows})
regions = sorted({r["region"] for r in rows})
grid: dict[tuple[str, str], float] = {(r["region"], r["month"]): r["revenue"] for r in rows}
print("region".ljust(8), *[m[-2:] for m in months])
for region in regions:
    cells: list[Any] = [f"{grid.get((region, m), 0):.0f}" for m in months]
    print(region.ljust(8), *cells)
