# tuples as dict keys and in sets
grid = {}
for x in range(3):
    for y in range(2):
        grid[(x, y)] = x * y
print(grid[(2, 1)], grid.get((5, 5), "none"), (1, 1) in grid, len(grid))
coords = sorted({(1, 2), (0, 5), (1, 0)})
print(coords, hash((1, 2)) == hash((1, 2)))
try:
    hash((1, [2]))
except TypeError as e:
    print(e)
{(1, [2]): 3}
