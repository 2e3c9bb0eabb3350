orders = [
    {"id": 1, "customer": "alice", "total": 120.5, "items": 3},
    {"id": 2, "customer": "bob", "total": 35.0, "items": 1},
    {"id": 3, "customer": "alice", "total": 99.99, "items": 2},
    {"id": 4, "customer": "carol", "total": 250.0, "items": 7},
]
by_customer = {}
for o in orders:
    by_customer.setdefault(o["customer"], []).append(o)
summary = {c: round(sum(o["total"] for o in os_), 2) for c, os_ in by_customer.items()}
print(summary)
assert summary["alice"] == 220.49
top = max(orders, key=lambda o: o["total"])
print(f"top order: #{top['id']} by {top['customer']} ({top['total']:.2f})")
avg_items = sum(o["items"] for o in orders) / len(orders)
print(f"{avg_items=}")
sorted(orders, key=lambda o: (-o["items"], o["id"]))[0]["customer"]
