# round() with banker's rounding and ndigits
print(round(0.5), round(1.5), round(2.5), round(-0.5), round(-1.5))
print(round(2.675, 2), round(1.005, 2), round(123.456, -1), round(123.456, -2))
print(round(12345, -2), round(12355, -1), round(-15, -1), round(25, -1))
print(round(3.14159, 3), round(3), type(round(3.7)).__name__, type(round(3.7, 0)).__name__)
print(round(1e20), round(0.0), round(-0.0, 1))
round(7.5)
