def simulate(grid, steps):
    rows, cols = len(grid), len(grid[0])
    def neighbors(r, c):
        return sum(grid[(r + dr) % rows][(c + dc) % cols]
                   for dr in (-1, 0, 1) for dc in (-1, 0, 1) if (dr, dc) != (0, 0))
    for _ in range(steps):
        grid = [[1 if (n := neighbors(r, c)) == 3 or (grid[r][c] and n == 2) else 0
                 for c in range(cols)] for r in range(rows)]
    return grid
glider = [[0, 1, 0, 0, 0], [0, 0, 1, 0, 0], [1, 1, 1, 0, 0], [0, 0, 0, 0, 0], [0, 0, 0, 0, 0]]
for row in simulate(glider, 4):
    print("".join(".#"[c] for c in row))
