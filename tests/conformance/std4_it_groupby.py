from itertools import groupby
print([(k, list(g)) for k, g in groupby("AAAABBBCCDAABBB")])
print([k for k, g in groupby("AAAABBBCCD")])
words = ["apple", "avocado", "banana", "blueberry", "cherry"]
for k, g in groupby(words, key=lambda w: w[0]):
    print(k, list(g))
gs = list(groupby("aabbc"))
print([(k, list(g)) for k, g in gs])
it = groupby([1, 1, 2, 2, 3])
k1, g1 = next(it)
print(k1, next(g1))
k2, g2 = next(it)
print(k2, list(g1), list(g2))
print(list(groupby([])))
data = sorted([{"t": "x", "v": 1}, {"t": "y", "v": 2}, {"t": "x", "v": 3}], key=lambda d: d["t"])
print({k: [d["v"] for d in g] for k, g in groupby(data, lambda d: d["t"])})
print(type(g1).__name__, type(it).__name__)
def key(x):
    if x == 3:
        raise KeyError("k")
    return x
try:
    [list(g) for k, g in groupby([1, 2, 3], key)]
except KeyError as e:
    print("KeyError", e)
