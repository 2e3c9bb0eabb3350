x = None
print(x.strip().lower())
