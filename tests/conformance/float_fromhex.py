# classmethods: float.fromhex and float.from_number (3.14)
x = -1.5
print(float.fromhex("0x1p3"), float.fromhex(" -0x1.8p-1 "), float.fromhex("inf"), float.fromhex(x.hex()))
print(float.fromhex("0x1.999999999999ap-4") == 0.1, float.fromhex("-0x0.0p+0"), float.fromhex("0x1p-1074"))
print(float.from_number(5), float.from_number(True), float.from_number(2.5), (1.5).from_number(3))
print(float.fromhex((0.1).hex()) == 0.1)
for f in (lambda: float.fromhex("zz"), lambda: float.fromhex("0x1p99999"), lambda: float.fromhex(5),
          lambda: float.fromhex(), lambda: float.fromhex("1", "2"), lambda: float.from_number("5"),
          lambda: float.from_number(10**400)):
    try:
        print(f())
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
