# cached computed value on first access
class Report:
    computed = 0
    def __init__(self, rows):
        self.rows = rows
        self._total = None
    @property
    def total(self):
        if self._total is None:
            Report.computed += 1
            self._total = sum(self.rows)
        return self._total

r = Report([1, 2, 3])
assert r.total == 6 and r.total == 6
assert Report.computed == 1
print(r.total, Report.computed)
Report(["a"]).total
