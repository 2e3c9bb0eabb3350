# float() conversions and special values
print(float("3.5"), float(" -2e3 "), float("inf"), float("-Infinity"), float("1_0.5"))
inf = float("inf")
print(inf > 1e308, -inf < -1e308, inf + 1 == inf, inf - inf != inf - inf)
print(float(10 ** 20), float("0.1") + float("0.2"))
print(1e16 + 1, 0.1 * 3, 1 / 3)
try:
    float("nope")
except ValueError as e:
    print(e)
float(2 ** 2000)
