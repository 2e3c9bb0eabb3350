# + - * on small ints, with every sign combination
for a in (7, -7, 0):
    for b in (3, -3, 1):
        print(a, b, a + b, a - b, a * b)
x = 5
x += 3
x -= 10
x *= -4
print(x)
print(2 * 3 + 4 * 5 - 6, -(-3), +(-3), -0)
