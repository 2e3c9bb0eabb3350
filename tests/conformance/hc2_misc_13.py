# matrix operations without numpy
def matmul(a, b):
    if len(a[0]) != len(b):
        raise ValueError(f"shape mismatch: {len(a)}x{len(a[0])} @ {len(b)}x{len(b[0])}")
    return [[sum(x * y for x, y in zip(row, col)) for col in zip(*b)] for row in a]
def identity(n):
    return [[int(i == j) for j in range(n)] for i in range(n)]
a = [[1, 2], [3, 4]]
print(matmul(a, identity(2)) == a, matmul(a, a), matmul([[1, 2, 3]], [[1], [2], [3]]))
matmul(a, [[1, 2, 3]])
