total = 0
for x in range(5):
    total += x
result = total / (total - 10)
