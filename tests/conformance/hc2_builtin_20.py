# sorted with key returning tuples including None handling
rows = [{"n": "a", "v": 3}, {"n": "b", "v": None}, {"n": "c", "v": 1}]
print(sorted(rows, key=lambda r: (r["v"] is None, r["v"] or 0)))
print([r["n"] for r in sorted(rows, key=lambda r: (r["v"] is not None, r["n"]), reverse=True)])
sorted(rows, key=lambda r: r["v"])
