class Table:
    def __init__(self, rows):
        self.rows = rows
    def column(self, name):
        return [r[name] for r in self.rows]
Table([{"a": 1}, {"b": 2}]).column("a")
