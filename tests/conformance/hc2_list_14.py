# list of lists sorting and min/max with key
pts = [(3, 4), (-1, 2), (0, 0), (5, -5), (-3, -4)]
print(sorted(pts), sorted(pts, key=lambda p: p[0] ** 2 + p[1] ** 2))
print(min(pts, key=lambda p: p[1]), max(pts, key=abs if False else lambda p: abs(p[0])))
print(sorted(pts, key=lambda p: (p[0] > 0, p)), list(map(sum, pts)))
max(pts, key=lambda p: p[2])
