# sorting complex records with multiple keys
orders = [
    {"id": 3, "cust": "b", "total": 20.0},
    {"id": 1, "cust": "a", "total": 20.0},
    {"id": 2, "cust": "b", "total": 5.5},
    {"id": 4, "cust": "a", "total": 99.9},
]
by_total = sorted(orders, key=lambda o: (-o["total"], o["id"]))
print([o["id"] for o in by_total])
groups = {}
for o in orders:
    groups.setdefault(o["cust"], []).append(o["id"])
print(groups, {k: sum(o["total"] for o in orders if o["cust"] == k) for k in groups})
sorted(orders)
