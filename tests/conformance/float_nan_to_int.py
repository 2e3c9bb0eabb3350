x = float("nan")
print(round(x, 1))
print(round(x))
