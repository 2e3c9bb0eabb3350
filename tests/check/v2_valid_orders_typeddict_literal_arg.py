# stubs: orders.pyi
addr: Address = {"line1": "1 Main St", "city": "Springfield", "country": "US"}
print(f"{shipping_quote(addr, 2.0):.2f}")
addr2 = dict(line1="2 High St", city="Leeds", country="UK", postcode="LS1")
print(shipping_quote(addr2, weight_kg=0.5))
