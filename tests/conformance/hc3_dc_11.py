from dataclasses import dataclass, field
@dataclass
class Matrix:
    rows: int
    cols: int
    data: list = field(init=False)
    def __post_init__(self):
        self.data = [[0] * self.cols for _ in range(self.rows)]
    def set(self, r, c, v):
        self.data[r][c] = v
        return self
m = Matrix(2, 3).set(0, 1, 5).set(1, 2, 7)
print(m)
print(Matrix(1, 1) == Matrix(1, 1))
Matrix(2, 2, [])
