# stubs: orders.pyi
addr = Address(line1="2 High St", city="Leeds", country="UK")  # error: undefined-name
print(shipping_quote(addr, weight_kg=0.5))
