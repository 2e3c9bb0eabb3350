# stubs: orders.pyi
order = get_order("A-1001")
if order is None:
    print("order not found")
else:
    customer = get_customer(order["customer_id"])
    if customer is None:
        print("customer missing for", order["id"])
    else:
        tier = "VIP" if customer["vip"] else "regular"
        print(f"{customer['name']} <{customer['email']}> is {tier}")
        print("lifetime value:", round(customer["lifetime_value"], 2))
