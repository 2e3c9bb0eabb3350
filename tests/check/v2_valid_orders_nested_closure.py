# stubs: orders.pyi
def make_filter(min_total):
    seen = set()

    def keep(order):
        if order["id"] in seen:
            return False
        seen.add(order["id"])
        return order["total"] >= min_total

    return keep


keep = make_filter(25.0)
kept = [o for o in list_orders() + list_orders("paid") if keep(o)]
print(len(kept), "unique orders over 25")
