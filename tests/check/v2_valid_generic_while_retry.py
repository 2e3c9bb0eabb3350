# stubs: orders.pyi
attempts = 0
order = None
while order is None and attempts < 3:
    attempts += 1
    order = get_order(f"R-{attempts}")
if order is not None:
    print("found", order["id"], "after", attempts, "attempts")
else:
    print("gave up")
