# stubs: orders.pyi
for order in list_orders():
    match order["status"]:
        case "paid":
            print("ship", order.id)  # error: unknown-attribute
        case _:
            pass
