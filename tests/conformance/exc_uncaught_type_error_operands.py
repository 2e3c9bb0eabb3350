prices = {"apple": 1.25, "pear": "2.00"}
total = 0
for name in ("apple", "pear"):
    total = total + prices[name]
    print(name, total)
