students = [
    {"name": "Zed", "grades": [88, 92, 79]},
    {"name": "Amy", "grades": [95, 90, 93]},
    {"name": "Lou", "grades": []},
]
def average(xs):
    return sum(xs) / len(xs) if xs else None
report = []
for s in students:
    avg = average(s["grades"])
    status = "n/a" if avg is None else ("pass" if avg >= 85 else "fail")
    report.append((s["name"], avg, status))
for name, avg, status in report:
    shown = "-" if avg is None else f"{avg:6.2f}"
    print(f"{name:<5}{shown:>8} {status}")
best = max((r for r in report if r[1] is not None), key=lambda r: r[1])
assert best[0] == "Amy"
print(best)
