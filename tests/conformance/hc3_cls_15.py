class Matrix:
    def __init__(self, rows):
        self.rows = [list(r) for r in rows]
    def __matmul__(self, other):
        cols = list(zip(*other.rows))
        return Matrix([[sum(a * b for a, b in zip(r, c)) for c in cols] for r in self.rows])
    def __getitem__(self, idx):
        i, j = idx
        return self.rows[i][j]
    def __repr__(self):
        return f"Matrix({self.rows})"
    def __eq__(self, o):
        return self.rows == o.rows
a = Matrix([[1, 2], [3, 4]])
b = Matrix([[0, 1], [1, 0]])
print(a @ b, b @ a, a[1, 0])
print(a @ b == Matrix([[2, 1], [4, 3]]))
a @ 3
