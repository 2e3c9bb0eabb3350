n = -1
print(1 << 3)
print(1 << n)
