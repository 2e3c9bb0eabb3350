values = [3, "4", 5]
total = 0
for v in values:
    total = total + v
