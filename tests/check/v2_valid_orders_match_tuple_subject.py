# stubs: orders.pyi
for order in list_orders():
    vip = False
    c = get_customer(order["customer_id"])
    if c is not None:
        vip = c["vip"]
    match (order["status"], vip):
        case ("paid", True):
            print("priority ship", order["id"])
        case ("paid", False):
            print("ship", order["id"])
        case (status, _):
            print("skip", status)
