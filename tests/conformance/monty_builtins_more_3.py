# === round edge cases ===
print(round(0.5), round(1.5), round(2.5), round(-0.5), round(-1.5))
print(round(2.675, 2), round(1.005, 2), round(0.125, 2), round(0.375, 2))
print(round(123.456, -2), round(-123.456, -1), round(5, -1), round(15, -1), round(25, -1))
print(round(1e20), round(1.23456789e-5, 8))
print(round(10 ** 30 + 5, -1), round(-15, -1))
print(type(round(5, None)), round(3.7, None))
round('1.5')
