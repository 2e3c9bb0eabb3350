vals = [3, -3, 3.7, -3.7, 2.5, -2.5, 0.5]
import math
for v in vals:
    print(v, int(v), round(v), math.floor(v), math.ceil(v), math.trunc(v))
print(sum(vals), min(vals), max(vals), sorted(vals))
print(sum(vals, 10), sum([[1], [2]], []))
