records = [
    {"name": "ann", "dept": "eng", "salary": 120},
    {"name": "bob", "dept": "ops", "salary": 90},
    {"name": "cy", "dept": "eng", "salary": 100},
    {"name": "dee", "dept": "ops", "salary": 95},
]
by_dept = {}
for r in sorted(records, key=lambda r: (r["dept"], -r["salary"])):
    by_dept.setdefault(r["dept"], []).append(r["name"])
print(by_dept)
print(sorted(records, key=lambda r: r["salary"])[-1]["name"])
print([r["name"] for r in sorted(records, key=lambda r: r["name"], reverse=True)])
top = max(records, key=lambda r: r["salary"])
low = min(records, key=lambda r: (r["salary"], r["name"]))
print(top["name"], low["name"])
avg = {d: sum(r["salary"] for r in records if r["dept"] == d) / len(n) for d, n in by_dept.items()}
print(avg)
sorted(records)
