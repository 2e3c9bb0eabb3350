class Report:
    def __init__(self, rows):
        self.rows = rows
    @property
    def avg(self):
        return sum(self.rows) / len(self.rows)
r = Report([])
print(
    f"Average: {r.avg:.2f}"
)
