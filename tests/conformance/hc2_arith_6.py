# int() conversions
print(int("42"), int("-17"), int("  8  "), int("1_000"), int("0x1f", 16), int("ff", 16))
print(int("0b101", 0), int("0o17", 0), int("z", 36), int(3.99), int(-3.99), int(True))
print(int("10", 2), int("777", 8))
for s in ["", "3.5", "abc", "1__0"]:
    try:
        int(s)
    except ValueError as e:
        print(e)
int("12", 2)
