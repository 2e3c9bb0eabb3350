# the failing subscript is in the middle of a binary expression
print([[1, 2], [3, 4]][-1][-2])
grid = [[1, 2], [3, 4]]
print(grid[1][1])
value = grid[0][1] + grid[2][0] * 2
