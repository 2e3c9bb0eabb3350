class Matrix:
    def __init__(self, rows):
        self.rows = rows
    def __str__(self):
        w = max(len(str(v)) for r in self.rows for v in r)
        return "\n".join(" ".join(str(v).rjust(w) for v in r) for r in self.rows)
    def __mul__(self, other):
        if isinstance(other, (int, float)):
            return Matrix([[v * other for v in r] for r in self.rows])
        return NotImplemented
    __rmul__ = __mul__
print(Matrix([[1, 20], [300, 4]]))
print(2 * Matrix([[1, 2]]))
print(Matrix([[1]]) * 2.5)
Matrix([[1]]) * "x"
