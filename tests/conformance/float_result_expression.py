values = [0.1] * 10
total = sum(values)
total, total == 1.0, round(total, 2), (total * 3).hex()
