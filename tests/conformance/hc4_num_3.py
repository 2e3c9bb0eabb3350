print(round(2.675, 2), round(0.5), round(1.5), round(-0.5), round(1234.5678, -2), round(15, -1), round(25, -1))
print(round(3.14159), type(round(3.7)).__name__, round(3.7, 0), type(round(3.7, 0)).__name__)
print(0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-9, 0.1 * 3, 1.1 * 1.1, 1e308 * 10, -1e308 * 10)
print(float("nan") == float("nan"), float("inf") > 1e308, 1e-320, 5e-324 / 2, 2.0 ** 1023 * 2 if False else 0)
print(1.0.is_integer(), (2.5).as_integer_ratio(), (0.1).hex() if hasattr(0.1, "hex") else "", float.fromhex("0x1.8p1"))
print(repr(1e15), repr(1e16), repr(123456789.0), repr(0.0001), repr(0.00001), repr(-0.0), repr(1.5e-7))
print(int(1e20), int(-1e-3), float(7), 3 * 1.0, True + True, True * 2.5)
try:
    2.0 ** 10000
except OverflowError as e:
    print(type(e).__name__, len(e.args))
10 ** -400 == 0
