# numeric tower interactions in containers and sorting
vals = [3, 1.5, True, 2 ** 65, -0.5, False, 10 ** -3]
print(sorted(vals), max(vals), min(vals), sum(vals))
print(sorted(vals, key=lambda v: -v)[:3], [type(v).__name__ for v in sorted(vals)])
print(1 in [1.0], 1.0 in {1}, {1: "a"}[1.0], {True: "t"}[1])
sorted([1, 2j])
