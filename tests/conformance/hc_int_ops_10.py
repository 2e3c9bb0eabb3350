print(int("0"), int("-0"), int("+5"), int("0005"), int("1_2_3"), int("0b11", 2), int("0o7", 8), int("0xA", 16))
for bad in ["1__2", "_1", "1_", "0x", "1.0", " ", "١٢x", "++1", "0b2"]:
    try:
        int(bad, 0) if bad.startswith("0") else int(bad)
    except ValueError as e:
        print(e)
print(int("10", 36), int("ZZ", 36), int("-ff", 16), int(" 0x10 ", 16))
try:
    int("10", 37)
except ValueError as e:
    print(e)
try:
    int(10, 2)
except TypeError as e:
    print(e)
print(int(True), int(-0.9), int(0.9999), int(-1e-300), int(12.0))
