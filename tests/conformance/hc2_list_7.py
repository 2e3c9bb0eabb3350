# nested lists and deep operations
grid = [[r * 3 + c for c in range(3)] for r in range(3)]
print(grid, [row[::-1] for row in grid])
transposed = [list(col) for col in zip(*grid)]
print(transposed)
flat = [x for row in grid for x in row]
print(flat, sum(flat), max(map(max, grid)))
diag = [grid[i][i] for i in range(3)]
print(diag)
grid[1][5]
