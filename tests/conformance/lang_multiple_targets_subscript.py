d = {}
d["a"] = d["b"] = []
d["a"].append(1)
print(d)
grid = [[0] * 3 for _ in range(2)]
grid[0][1] = grid[1][2] = 5
print(grid)
row = [0] * 3
bad = [row] * 2
bad[0][0] = 9
print(bad)
keys = ["x", "y"]
vals = {}
for k in keys:
    vals[k] = vals.get(k, 0) + len(k)
vals
