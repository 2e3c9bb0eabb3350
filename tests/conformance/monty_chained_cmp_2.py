# === chained comparisons with mixed operators ===
x, y, z = 1, 2, 3
print(x < y < z, x < y > z, x == 1 < y, x != y != x, x is not None is not False)
print(1 < 2 == 2 < 3, 'a' < 'b' in ['b'], [1] == [1] != [2], 0 <= x <= 10 > 5)
print(x < y and y < z, not x < y, (x < y) < z, x < (y < z))
count = 0
def tick(v):
    global count
    count += 1
    return v
print(tick(1) < tick(2) < tick(0) < tick(9), count)
print(1 in [1] in [[1]], 2 not in [1] not in [[2]])
lst = [3, 1, 2]
print(sorted(lst) == [1, 2, 3] == sorted([2, 3, 1]))
print(1 < 'a' if False else 'skipped', 1 < 2 < 3 < 4 < 5 < 6)
1 < 2 > 'x'
