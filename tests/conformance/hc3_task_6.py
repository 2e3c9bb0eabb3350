def matrix_mult(a, b):
    return [[sum(x * y for x, y in zip(row, col)) for col in zip(*b)] for row in a]
def identity(n):
    return [[int(i == j) for j in range(n)] for i in range(n)]
def mat_pow(m, p):
    result = identity(len(m))
    while p:
        if p & 1:
            result = matrix_mult(result, m)
        m = matrix_mult(m, m)
        p >>= 1
    return result
print(mat_pow([[1, 1], [1, 0]], 10))
print(mat_pow([[1, 1], [1, 0]], 90)[0][1])
print(matrix_mult([[1, 2, 3]], [[1], [2], [3]]))
