# stubs: orders.pyi
def money(x):
    return f"{x:.2f}"


def line_total(item):
    return item["quantity"] * item["unit_price"]


order = get_order("B-7")
if order is not None:
    for item in order["items"]:
        print(item["sku"], money(line_total(item)))
    print("total", money(order["total"]))
