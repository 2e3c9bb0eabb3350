class Matrix:
    def __init__(self, rows):
        self.rows = rows
    def __getitem__(self, idx):
        r, c = idx
        return self.rows[r][c]
    def __setitem__(self, idx, val):
        r, c = idx
        self.rows[r][c] = val
    def __len__(self):
        return len(self.rows)
    def __iter__(self):
        return iter(self.rows)
    def __contains__(self, v):
        return any(v in row for row in self.rows)
m = Matrix([[1, 2], [3, 4]])
m[0, 1] = 20
print(m[0, 1], len(m), list(m), 4 in m, 99 in m)
for row in m:
    print(row)
print(sorted(x for row in m for x in row))
