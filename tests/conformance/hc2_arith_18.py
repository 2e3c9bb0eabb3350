# true division precision for ints
print(1 / 3, 10 / 4, 2 ** 60 / 2 ** 30, 10 ** 30 / 10 ** 10)
print(7 / 7, -7 / 2, 0 / 5, type(4 / 2).__name__)
print((10 ** 400) // (10 ** 399), 10 ** 40 / 3)
try:
    print(10 ** 400 / 1)
except OverflowError as e:
    print("overflow:", e)
print(10 ** 400 / 10 ** 399)
2 ** 1030 * 1.0
