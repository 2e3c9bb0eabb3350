# stubs: orders.pyi
try:
    quote = shipping_quote({"line1": "x", "city": "y", "country": "z"})  # error: call-arg-count
except Exception as e:
    print("failed", e)
