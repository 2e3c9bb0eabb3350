print(0.1 + 0.2, 1.5 * 4, 7.5 / 2, 1e308 * 10, -1e308 * 10, 1e-320 / 10, 2.5 - True)
print(1 + 1.5, 2**53 + 1.0, 10**20 * 1.0, 3 / 1.5, 1 - 0.9)
print(-(0.0), +(-0.0), -(-0.0), abs(-0.0), abs(-2.5))
inf, nan = float("inf"), float("nan")
print(inf - inf, inf * 0, inf + 1, -inf * -1, nan + 1, nan == nan)
x = 1.0
for _ in range(10):
    x /= 3
print(x, x * 3**10)
