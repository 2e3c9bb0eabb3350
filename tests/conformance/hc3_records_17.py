employees = [
    {"name": "A", "dept": "eng", "salary": 100},
    {"name": "B", "dept": "eng", "salary": 120},
    {"name": "C", "dept": "ops", "salary": 90},
]
raise_pct = {"eng": 0.10, "ops": 0.05}
for e in employees:
    e["salary"] = round(e["salary"] * (1 + raise_pct[e["dept"]]), 2)
print(employees)
total = sum(e["salary"] for e in employees)
print(f"{total:,.2f}")
print(employees[3]["name"])
