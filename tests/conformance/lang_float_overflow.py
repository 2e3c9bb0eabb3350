print(2.0 ** 1000 > 0)
print(1e308 * 10)
print(-1e308 * 10)
print(float("inf") - float("inf"))
big = 10 ** 400
x = 1.5 + big
