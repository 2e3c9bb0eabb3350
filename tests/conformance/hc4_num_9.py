print(int("42"), int("-0x1f", 16), int("0o17", 0), int(" 0b1_0 ", 0), int("٣"))
try:
    int("08", 0)
except ValueError as e:
    print(e)
print(float("1_000.5"), float("  -2.5e-3 "), float("infinity"), float("-NaN"))
for bad in ["", "1e", "0x10", "1,000", "nan1"]:
    try:
        float(bad)
    except ValueError as e:
        print(e)
int(None)
