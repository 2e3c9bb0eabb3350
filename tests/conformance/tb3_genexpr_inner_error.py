vals = [1, 2, 0]
print(sum(10 / v for v in vals))
