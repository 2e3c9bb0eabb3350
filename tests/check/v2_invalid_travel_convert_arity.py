# stubs: travel.pyi
eur = convert_currency(120.0, "USD")  # error: call-arg-count
print(eur)
