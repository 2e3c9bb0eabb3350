# stubs: orders.pyi
def report(ids):
    def line(oid):
        o = get_order(oid)
        return f"{oid}: {o['total']:.2f}"  # error: possibly-none

    return [line(i) for i in ids]


print(report(["A", "B"]))
