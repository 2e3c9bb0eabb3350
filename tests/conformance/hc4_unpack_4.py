def stats(*values, precision=2):
    if not values:
        raise ValueError("stats() needs at least one value")
    mean = sum(values) / len(values)
    return round(mean, precision), min(values), max(values)

data = [3, 1, 4, 1, 5, 9, 2, 6]
mean, lo, hi = stats(*data)
print(mean, lo, hi)
print(stats(*data, precision=0))
print(stats(*range(1, 4), *[10]))
stats(*[])
