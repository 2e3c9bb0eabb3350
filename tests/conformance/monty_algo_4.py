# === matrix operations ===
def matmul(a, b):
    return [[sum(x * y for x, y in zip(row, col)) for col in zip(*b)] for row in a]
A = [[1, 2], [3, 4]]
B = [[5, 6], [7, 8]]
assert matmul(A, B) == [[19, 22], [43, 50]], matmul(A, B)
I = [[int(i == j) for j in range(2)] for i in range(2)]
assert matmul(A, I) == A, 'identity'
def transpose(m):
    return [list(r) for r in zip(*m)]
assert transpose([[1, 2, 3]]) == [[1], [2], [3]], 'transpose'
def det(m):
    if len(m) == 1:
        return m[0][0]
    return sum((-1) ** c * m[0][c] * det([row[:c] + row[c + 1:] for row in m[1:]]) for c in range(len(m)))
assert det([[1, 2], [3, 4]]) == -2, 'det 2'
det([[2, 0, 1], [1, 3, 2], [1, 1, 1]])
