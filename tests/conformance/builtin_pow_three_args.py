print(pow(2, 10), pow(2, 10, 1000), pow(3, 200, 13), pow(-2, 3, 5), pow(2, 3, -5))
print(pow(2, -1, 7), pow(3, -2, 11), pow(5, 0, 1), pow(10 ** 20, 10 ** 5, 97))
print(pow(2.0, 3), pow(4, 0.5), pow(2, -2))
print(pow(base=2, exp=5), pow(2, 5, mod=3))
print(pow(7, 2, 1))
try:
    pow(2, -1, 4)
except Exception as e:
    print(type(e).__name__ + ":", e)
