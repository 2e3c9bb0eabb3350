# stubs: orders.pyi
rows = [(o["id"], o["total"], len(o["items"])) for o in list_orders()]
for oid, total, n in rows:
    print("%-10s %8.2f %3d" % (oid, total, n))
print("%d orders" % len(rows))
