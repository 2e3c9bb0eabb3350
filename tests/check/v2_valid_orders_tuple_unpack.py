# stubs: orders.pyi
def split_by_vip(orders):
    vip, regular = [], []
    for o in orders:
        c = get_customer(o["customer_id"])
        (vip if c and c["vip"] else regular).append(o)
    return vip, regular


vip_orders, other_orders = split_by_vip(list_orders("paid"))
print(len(vip_orders), len(other_orders))
first, *rest = [o["id"] for o in vip_orders] or ["none"]
print(first, rest)
