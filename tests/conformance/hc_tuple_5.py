coords = [(1, 2), (3, 4), (5, 6)]
xs, ys = zip(*coords)
print(xs, ys, sum(xs), max(ys))
print(tuple(map(sum, coords)), tuple(x * y for x, y in coords))
t = tuple(range(5))
print(t[1:4], t[::-1], t.index(3), t + t[:1], len(t * 0))
print(sorted(coords, key=lambda c: -c[1]), min(coords, key=lambda c: c[0] + c[1]))
nested = ((1, 2), [3, 4])
nested[1].append(5)
print(nested, len(nested[1]))
print((1, 2, 3) > (1, 2), (1, "a") < (1, "b"), (0,) * 3)
(1, 2) + [3]
