# stubs: warehouse.pyi
class Dashboard:
    def __init__(self, year: int):
        self.rows = sales_by_region(year)

    def top_region(self) -> str:
        rows = sales_by_region(2025)
        best = max(rows, key=lambda r: r["sales"])  # error: unknown-key
        return best["region"]


print(Dashboard(2025).top_region())
