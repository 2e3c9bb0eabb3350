# stubs: orders.pyi
chosen: Order
candidates: list[Order] = []
for o in list_orders("paid"):
    candidates.append(o)
if candidates:
    chosen = candidates[0]
    print(chosen["id"], candidates[-1]["total"])
