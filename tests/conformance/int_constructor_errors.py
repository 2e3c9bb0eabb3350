attempts = [
    lambda: int("010", 0), lambda: int("0_1", 0), lambda: int("_1"), lambda: int("1_"),
    lambda: int("1__0"), lambda: int(""), lambda: int("  "), lambda: int("- 1"),
    lambda: int("1 2"), lambda: int("0x", 16), lambda: int("0b", 0), lambda: int("0x1f", 10),
    lambda: int("1e3"), lambda: int("1.5"), lambda: int("12\x00"), lambda: int("ÿ"),
    lambda: int("1", 1), lambda: int("1", 37), lambda: int("1", -1), lambda: int("1", 2**64),
    lambda: int("12", "2"), lambda: int("12", None), lambda: int("12", 2.0),
    lambda: int(3, 2), lambda: int(2.5, base=2), lambda: int(None), lambda: int([]),
    lambda: int(base=16), lambda: int(x="1"), lambda: int(1, 2, 3), lambda: int(b"\xff"),
    lambda: int(float("nan")), lambda: int(float("inf")), lambda: int(float("-inf")),
    lambda: int("1" * 4301), lambda: int("1" * 4301, 36), lambda: int("a" * 300),
]
for f in attempts:
    try:
        print(f())
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
