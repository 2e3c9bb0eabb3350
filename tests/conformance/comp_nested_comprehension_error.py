# the inner comprehension fails on a short row
print([len(row) for row in [[1, 2], [3], [4, 5]]])
grid = [[1, 2], [3], [4, 5]]
print([[c * 2 for c in row] for row in grid])
print([[row[i] for row in grid] for i in range(2)])
