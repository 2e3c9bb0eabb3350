d = {}
d["z"] = 1; d["a"] = 2; d["m"] = 3
del d["a"]
d["a"] = 4
print(d, list(d), list(d.values()))
d.update(z=10)
print(d)
d2 = {k: d[k] for k in sorted(d)}
print(d2, d == d2, list(d) == list(d2))
keys = d.keys()
d["new"] = 0
print(keys, len(keys), "new" in keys)
print(d.items() == d2.items(), {1: 2}.items() <= {1: 2, 3: 4}.items())
