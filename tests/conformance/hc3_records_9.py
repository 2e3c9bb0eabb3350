matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9], [10, 11, 12]]
transposed = [list(col) for col in zip(*matrix)]
print(transposed)
flat = [x for row in matrix for x in row]
print(flat, sum(flat))
diag = [matrix[i][i] for i in range(min(len(matrix), len(matrix[0])))]
print(diag)
row_sums = list(map(sum, matrix))
col_max = [max(c) for c in zip(*matrix)]
print(row_sums, col_max)
chunks = [flat[i:i + 5] for i in range(0, len(flat), 5)]
print(chunks)
[[x * y for x in range(1, 4)] for y in range(1, 4)]
