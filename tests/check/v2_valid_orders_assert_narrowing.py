# stubs: orders.pyi
order = get_order("A-9")
assert order is not None, "order must exist"
customer = get_customer(order["customer_id"])
assert customer, "customer must exist"
print(customer["email"], order["currency"])
