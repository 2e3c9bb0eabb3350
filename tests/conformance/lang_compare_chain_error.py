def check(a, b, c):
    return a < b < c
print(check(1, 2, 3))
print(check(3, 2, "z"))
print(check(1, 2, "z"))
