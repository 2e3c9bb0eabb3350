class Matrix:
    def __init__(self, rows):
        if not rows or any(len(r) != len(rows[0]) for r in rows):
            raise ValueError("rows must be non-empty and equal length")
        self.rows = [list(r) for r in rows]

    @classmethod
    def identity(cls, n):
        return cls([[1 if i == j else 0 for j in range(n)] for i in range(n)])

    @property
    def shape(self):
        return len(self.rows), len(self.rows[0])

    def __getitem__(self, ij):
        i, j = ij
        return self.rows[i][j]

    def __setitem__(self, ij, v):
        i, j = ij
        self.rows[i][j] = v

    def __iter__(self):
        return (tuple(r) for r in self.rows)

    def __eq__(self, other):
        return isinstance(other, Matrix) and self.rows == other.rows

    def __add__(self, other):
        if self.shape != other.shape:
            raise ValueError(f"shape mismatch: {self.shape} vs {other.shape}")
        return Matrix([[a + b for a, b in zip(r, s)] for r, s in zip(self.rows, other.rows)])

    def __mul__(self, k):
        if isinstance(k, (int, float)):
            return Matrix([[a * k for a in r] for r in self.rows])
        return NotImplemented

    __rmul__ = __mul__

    def __matmul__(self, other):
        n, m = self.shape
        m2, p = other.shape
        if m != m2:
            raise ValueError("cannot multiply")
        return Matrix([[sum(self[i, k] * other[k, j] for k in range(m)) for j in range(p)]
                       for i in range(n)])

    def __neg__(self):
        return self * -1

    def __repr__(self):
        return f"Matrix({self.rows})"

    def __str__(self):
        return "\n".join(" ".join(f"{x:>3}" for x in r) for r in self.rows)


a = Matrix([[1, 2], [3, 4]])
i = Matrix.identity(2)
print(a @ i == a, a + i, 2 * a, -a, a.shape, list(a))
a[0, 1] = 7
print(a)
print(a @ Matrix([[1], [1]]))
try:
    a + Matrix([[1, 2, 3]])
except ValueError as e:
    print(e)
try:
    a * "x"
except TypeError as e:
    print(e)
a @ Matrix([[1, 2, 3]])
