# === records with tuples and dicts ===
points = [(1, 2), (3, 4), (-1, 0)]
xs, ys = zip(*points)
assert xs == (1, 3, -1) and ys == (2, 4, 0), (xs, ys)
centroid = (sum(xs) / len(xs), sum(ys) / len(ys))
assert centroid == (1.0, 2.0), centroid
far = max(points, key=lambda p: p[0] ** 2 + p[1] ** 2)
assert far == (3, 4), far
by_quadrant = {}
for x, y in points:
    q = (x >= 0, y >= 0)
    by_quadrant.setdefault(q, []).append((x, y))
assert by_quadrant == {(True, True): [(1, 2), (3, 4)], (False, True): [(-1, 0)]}, by_quadrant
sorted(points, key=lambda p: (p[1], -p[0]))
