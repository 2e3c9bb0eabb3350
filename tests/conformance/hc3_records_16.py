records = [{"k": i % 3, "v": i * i} for i in range(10)]
groups = {}
for r in records:
    groups.setdefault(r["k"], []).append(r["v"])
print(groups)
stats = {k: (min(v), max(v), sum(v) // len(v)) for k, v in groups.items()}
print(stats)
print(any(r["v"] > 80 for r in records), all(r["v"] >= 0 for r in records))
print(next((r for r in records if r["v"] > 20), None))
print(next((r for r in records if r["v"] > 1000), "none"))
