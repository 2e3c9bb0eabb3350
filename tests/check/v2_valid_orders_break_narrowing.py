# stubs: orders.pyi
attempt = 0
while True:
    attempt += 1
    found = get_order(f"A-{attempt}")
    if found is not None:
        break
    if attempt > 5:
        raise SystemExit("no order")
print(found["id"], found["total"])
