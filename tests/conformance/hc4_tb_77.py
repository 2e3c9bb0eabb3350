def check(a, b, c):
    return a < b < c

print(check(1, 2, 3))
check(1, "2", 3)
