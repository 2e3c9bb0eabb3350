# stubs: warehouse.pyi
rows = [{"k": "a", "v": 1}, {"k": "b", "v": 2}, {"k": "a", "v": 3}]
sums = {}
for r in rows:
    sums[r["k"]] = sums.get(r["k"], 0) + r["v"]
inverted = {v: k for k, v in sums.items()}
print(sums, inverted, sorted(sums, key=sums.get))
