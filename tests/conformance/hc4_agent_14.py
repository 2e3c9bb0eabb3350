def matrix_mult(a, b):
    if len(a[0]) != len(b):
        raise ValueError(f"shape mismatch: {len(a)}x{len(a[0])} @ {len(b)}x{len(b[0])}")
    return [[sum(x * y for x, y in zip(row, col)) for col in zip(*b)] for row in a]

a = [[1, 2], [3, 4]]
b = [[5, 6], [7, 8]]
print(matrix_mult(a, b))
identity = [[int(i == j) for j in range(2)] for i in range(2)]
assert matrix_mult(a, identity) == a
matrix_mult(a, [[1, 2, 3]])
