# container dunders
class Matrix:
    def __init__(self, rows):
        self.rows = rows
    def __getitem__(self, idx):
        r, c = idx
        return self.rows[r][c]
    def __setitem__(self, idx, v):
        r, c = idx
        self.rows[r][c] = v
    def __len__(self):
        return len(self.rows)
    def __contains__(self, v):
        return any(v in row for row in self.rows)
    def __iter__(self):
        for row in self.rows:
            yield from row
m = Matrix([[1, 2], [3, 4]])
m[0, 1] = 20
print(m[0, 1], m[1, 0], len(m), 4 in m, 2 in m, list(m), sum(m), sorted(m, reverse=True))
m[5, 5]
