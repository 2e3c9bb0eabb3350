grid = [[0] * 3 for _ in range(3)]
grid[1][1] = 5
print(grid)
bad = [[0] * 3] * 3
bad[0][0] = 1
print(bad)
print([1, 2] * 3, [] * 5, [[]] * 2, [1, 2] + [3])
a = [1, 2]
b = a
a += [3]
print(b)
a = a + [4]
print(b, a)
print([1, 2, 3] == [1, 2, 3], [1, 2] < [1, 3], [1, 2] < [1, 2, 0], [] < [0], [2] > [1, 9])
print(list("abc"), list(range(3)), list((1, 2)), list({"k": 1}), list())
