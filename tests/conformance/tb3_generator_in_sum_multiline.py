orders = [{"qty": 2, "price": 3}, {"qty": 1}]
total = sum(
    o["qty"] * o["price"]
    for o in orders
)
