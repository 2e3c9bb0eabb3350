price = "12.50"
cents = int(price) * 100
