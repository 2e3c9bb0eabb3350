# stubs: orders.pyi
def next_action(status: str) -> str:
    match status:
        case "pending":
            return "remind customer"
        case "paid":
            return "ship"
        case "shipped" | "delivered":
            return "nothing"
        case other:
            return f"review ({other})"


counts: dict[str, int] = {}
for order in list_orders(limit=100):
    action = next_action(order["status"])
    counts[action] = counts.get(action, 0) + 1

for action, n in sorted(counts.items(), key=lambda kv: kv[1], reverse=True):
    print(f"{action:<20} {n}")
