# === list arithmetic ===
assert [1, 2] + [3] == [1, 2, 3], 'concat'
assert [0] * 3 == [0, 0, 0], 'repeat'
assert [[]] * 2 == [[], []], 'nested repeat'
grid = [[0] * 2] * 2
grid[0][0] = 1
assert grid == [[1, 0], [1, 0]], 'shared rows'
grid2 = [[0] * 2 for _ in range(2)]
grid2[0][0] = 1
assert grid2 == [[1, 0], [0, 0]], 'separate rows'
a = [1]
a *= 3
assert a == [1, 1, 1], 'imul'
a += (2,)
assert a == [1, 1, 1, 2], 'iadd tuple'
[1] + (2,)
