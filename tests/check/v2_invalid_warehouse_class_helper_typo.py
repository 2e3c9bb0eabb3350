# stubs: warehouse.pyi
class Report:
    def __init__(self, year: int):
        self.year = year

    def build(self):
        rows = sales_by_region(self.year)
        return {r["region"]: r["revenu"] for r in rows}  # error: unknown-key


print(Report(2025).build())
