orders = [
    {"id": 1, "customer": "ann", "items": [{"sku": "A", "qty": 2, "price": 3.5}, {"sku": "B", "qty": 1, "price": 10.0}]},
    {"id": 2, "customer": "bob", "items": [{"sku": "A", "qty": 1, "price": 3.5}]},
    {"id": 3, "customer": "ann", "items": []},
]
def order_total(order):
    return sum(i["qty"] * i["price"] for i in order["items"])

by_customer = {}
for o in orders:
    by_customer.setdefault(o["customer"], []).append(order_total(o))
summary = {c: {"orders": len(t), "total": round(sum(t), 2)} for c, t in by_customer.items()}
assert summary["ann"]["total"] == 17.0
top = max(summary, key=lambda c: summary[c]["total"])
summary, top
