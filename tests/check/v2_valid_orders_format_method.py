# stubs: orders.pyi
template = "{id}: {n} items, {total:.2f} {cur}"
for o in list_orders(limit=3):
    print(template.format(id=o["id"], n=len(o["items"]), total=o["total"], cur=o["currency"]))
print("{:>10}|{:<5}".format("right", "left"))
