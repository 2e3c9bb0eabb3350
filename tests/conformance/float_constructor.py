for text in ["1.5", " -2.5e3 ", "1_0.5", "nan", "-NaN", "iNf", "-inf", "infinity", ".5", "5.",
             "+1.5e+3", "1e500", "-1e-500", "١.٥", "\u2003 1.5", "  7  "]:
    print(repr(text), float(text))
print(float(), float(7), float(-0.0), float(True), float(2**53 + 1), float(-2**100), float(b"1.5"))
print(float("0.1") == 0.1, float(10**20), float("1" + "0" * 400))
