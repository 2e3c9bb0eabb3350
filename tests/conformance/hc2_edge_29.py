# int/float conversions of huge and tiny values
print(int(1e300) % 1000, int(-1.5e16), float(2 ** 63), float(-(2 ** 1023)))
print(int("1" * 50), int("-" + "9" * 30) // 10 ** 29)
print(2 ** 1023 * 2.0 if False else 2.0 ** 1023, 5e-324 / 2, -5e-324 / 2)
print((2 ** 53 + 1) / 1, float(2 ** 53 + 1), int(float(2 ** 53 + 1)))
print(10 ** 20 // 3.0, 10 ** 20 % 7.0)
int(float("nan"))
