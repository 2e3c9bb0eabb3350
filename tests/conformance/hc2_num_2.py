# round special cases
print(round(0.125, 2), round(0.375, 2), round(-0.125, 2), round(1.5, 0), round(2.5, 0), round(5, 2), round(1.23456789, 100))
print(round(123456789, -3), round(-123456789, -3), round(10 ** 20 + 5, -1), round(0.5 + 1e-16))
for bad in (float("inf"), float("nan")):
    try:
        round(bad)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
round("1.5")
