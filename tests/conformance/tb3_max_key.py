rows = [{"s": 1}, {"t": 2}]
best = max(rows, key=lambda r: r["s"])
