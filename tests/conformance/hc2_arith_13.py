# comparisons between numeric types
print(1 == 1.0, 1 < 1.5, 2 ** 53 + 1 == float(2 ** 53 + 1), 2 ** 53 == float(2 ** 53))
print(10 ** 30 < float("inf"), -(10 ** 400) < -1e308, 10 ** 400 > 1e308)
print(0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-9)
print(1 < 2 < 3, 3 > 2 > 2, 1 == 1.0 == True)
print(max(1, 1.0), min(1.0, 1), max(2, 2.0, key=lambda x: 0))
sorted([3, 1.5, True, 2, 0.0])
