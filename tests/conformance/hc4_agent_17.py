from collections import deque
def bfs(grid, start, goal):
    rows, cols = len(grid), len(grid[0])
    q = deque([(start, 0)])
    seen = {start}
    while q:
        (r, c), d = q.popleft()
        if (r, c) == goal:
            return d
        for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)):
            nr, nc = r + dr, c + dc
            if 0 <= nr < rows and 0 <= nc < cols and grid[nr][nc] == "." and (nr, nc) not in seen:
                seen.add((nr, nc))
                q.append(((nr, nc), d + 1))
    return None

grid = ["..#.", "..#.", "....", "#.#."]
print(bfs(grid, (0, 0), (0, 3)), bfs(grid, (0, 0), (3, 0)))
dq = deque([1, 2, 3], maxlen=3)
dq.append(4); dq.appendleft(0); dq.rotate(1)
print(dq, dq.maxlen)
deque().popleft()
