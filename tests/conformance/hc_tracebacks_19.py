def compute(values):
    total = 0
    for v in values:
        total += v["amount"] * v["rate"]
    return total
data = [{"amount": 10, "rate": 1.5}, {"amount": 5}]
print(compute(data[:1]))
compute(data)
