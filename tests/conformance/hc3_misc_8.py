def apply_discount(cart, code):
    discounts = {"SAVE10": 0.10, "HALF": 0.5}
    rate = discounts.get(code.upper(), 0)
    subtotal = sum(price * qty for price, qty in cart.values())
    return round(subtotal * (1 - rate), 2), rate
cart = {"shirt": (20.0, 2), "hat": (15.5, 1)}
print(apply_discount(cart, "save10"), apply_discount(cart, "none"), apply_discount(cart, "HALF"))
cart["sock"] = (2.25, 4)
total, _ = apply_discount(cart, "")
total
