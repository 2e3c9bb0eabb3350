# stubs: orders.pyi
order = get_order("A-1")
if order is not None:
    customer = get_customer(order["customer_id"])
    print(customer["email"])  # error: possibly-none
