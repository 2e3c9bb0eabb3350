grid = {(0, 0): "origin"}
print(grid[(0, 0)])
try:
    print(grid[0, 1])
except Exception as e:
    print(type(e).__name__ + ":", e)
