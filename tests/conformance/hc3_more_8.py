from itertools import groupby
records = [("a", 1), ("b", 2), ("a", 3), ("b", 4), ("c", 5)]
bad = {k: [v for _, v in g] for k, g in groupby(records, key=lambda r: r[0])}
print(bad)
good = {k: [v for _, v in g] for k, g in groupby(sorted(records), key=lambda r: r[0])}
print(good)
it = groupby("aabbb")
k1, g1 = next(it)
k2, g2 = next(it)
print(k1, list(g1), k2, list(g2))
