# A self-contained script for `moat run`: no tools needed. It aggregates some data, formats a
# report, and ends in an expression whose value is the run's result.
orders = [
    {"id": 1, "customer": "ada", "items": [("pen", 2, 1.5), ("ink", 1, 7.25)]},
    {"id": 2, "customer": "grace", "items": [("paper", 5, 0.2)]},
    {"id": 3, "customer": "ada", "items": [("pen", 10, 1.5)]},
]


def order_total(order):
    return sum(qty * price for _, qty, price in order["items"])


totals = {}
for order in orders:
    totals[order["customer"]] = totals.get(order["customer"], 0) + order_total(order)

for customer, total in sorted(totals.items(), key=lambda kv: -kv[1]):
    print(f"{customer:<8}{total:>8.2f}")

try:
    missing = totals["linus"]
except KeyError as e:
    print(f"no orders for {e}")

{name: round(total, 1) for name, total in totals.items()}
