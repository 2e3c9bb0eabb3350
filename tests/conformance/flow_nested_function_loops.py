def matrix_mult(a, b):
    rows, cols, inner = len(a), len(b[0]), len(b)
    out = []
    for i in range(rows):
        row = []
        for j in range(cols):
            s = 0
            for k in range(inner):
                s += a[i][k] * b[k][j]
            row.append(s)
        out.append(row)
    return out
m = [[1, 2], [3, 4]]
print(matrix_mult(m, m))
print(matrix_mult([[1, 0, 2]], [[1], [2], [3]]))
ident = [[1 if i == j else 0 for j in range(3)] for i in range(3)]
print(matrix_mult(ident, [[5, 6, 7], [8, 9, 10], [11, 12, 13]]))
