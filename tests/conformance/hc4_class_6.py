class Matrix:
    def __init__(self, rows):
        self.rows = [list(r) for r in rows]
    def __getitem__(self, idx):
        if isinstance(idx, tuple):
            r, c = idx
            return self.rows[r][c]
        return self.rows[idx]
    def __setitem__(self, idx, value):
        r, c = idx
        self.rows[r][c] = value
    def __len__(self):
        return len(self.rows)
    def __iter__(self):
        return iter(self.rows)
    def __contains__(self, v):
        return any(v in row for row in self.rows)
    def __matmul__(self, other):
        cols = list(zip(*other.rows))
        return Matrix([[sum(a * b for a, b in zip(row, col)) for col in cols] for row in self.rows])
    def __repr__(self):
        return f"Matrix({self.rows})"

m = Matrix([[1, 2], [3, 4]])
m[0, 1] = 5
print(m[0], m[1, 1], len(m), 4 in m, 2 in m)
print(m @ Matrix([[1, 0], [0, 1]]))
m["a"]
