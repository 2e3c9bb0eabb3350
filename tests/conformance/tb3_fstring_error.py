price = None
print(f"price: {price:.2f}")
