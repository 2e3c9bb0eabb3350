# stubs: orders.pyi
orders = list_orders()
line = "-" * 40
zeros = [0] * len(orders)
vip_count = sum(1 for o in orders if o["status"] == "paid")
avg = round(sum(o["total"] for o in orders) / max(len(orders), 1), 2)
q, r = divmod(len(orders), 3)
print(line, zeros, vip_count, avg, q, r, abs(-avg), pow(2, 3), 0 < avg <= 1e9)
print(f"{avg=}", -avg, int("3") + 1.5, max(1, 2.5))
