values = ["0", "-0", "+17", "  8  ", "1_000", "0x10", "007"]
for v in values:
    try:
        print(repr(v), int(v))
    except ValueError as e:
        print(repr(v), "ValueError:", e)
print(int("0x10", 16), int("10", 16), int("z", 36), int("-101", 2))
print(int(7.9), int(-7.9), int(True), int(1e18), int(2.5e20))
print(str(-0), str(10 ** 21), repr(-12))
print(float(10 ** 20), float("  .5"), float("1_0.5"))
