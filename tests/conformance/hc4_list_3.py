x = [1, 2, 3]
y = x
y += [4]
print(x, x is y)
y = y + [5]
print(x, y)
grid = [[0] * 3 for _ in range(3)]
grid[0][0] = 1
bad = [[0] * 3] * 3
bad[0][0] = 1
print(grid, bad)
print([1, 2] == [1, 2], [1, 2] < [1, 3], [1, 2] < [1, 2, 0], [] < [0], [[1]] == [[1]])
print(list(range(10))[2:8:3], list("abc"), list({"a": 1}), list((1,)))
[1, 2].index(3)
