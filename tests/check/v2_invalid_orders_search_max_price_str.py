# stubs: orders.pyi
budget = "50"
cheap = search_products("mouse", max_price=budget)  # error: arg-type
print(len(cheap))
