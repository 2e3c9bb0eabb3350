# stubs: warehouse.pyi
from dataclasses import dataclass


@dataclass(frozen=True)
class TableSummary:
    name: str
    rows: int
    wide: bool


catalog = [TableSummary(t["name"], t["row_count"], len(t["columns"]) > 20) for t in list_tables("analytics")]
for t in sorted(catalog, key=lambda t: t.rows, reverse=True):
    flag = "WIDE" if t.wide else ""
    print(f"{t.name:<30} {t.rows:>12,} {flag}")
