a, b = 1, 2
print(a, b)
pairs = [(1, 2), (3, 4, 5)]
for x, y in pairs:
    print(x + y)
