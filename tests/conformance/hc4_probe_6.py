def conv(fn, s, *a):
    try:
        return repr(fn(s, *a))
    except Exception as e:
        return f"{type(e).__name__}: {e}"

ints = ["1__0", "_1", "1_", "0x_1f", "+-1", " +7 ", "0_0", "00", "007", "0b", "0o8", "1e3", "٣٤", "²", "  ", "1 2", "0X1F", "-0b11", "0_7", "9" * 30, "１２"]
for s in ints:
    print(repr(s), conv(int, s), conv(int, s, 0), conv(int, s, 16))
floats = ["1__0", "1_0", "_1.0", "1._0", "1.0_", "0x1p3", "infinity", "-Infinity", "nAn", "nan(1)", "1e", "e5", ".", "1.", ".1e-2", "1E+02", "  3.5\n", "١.٥", "1_000.000_1e1_0", "+.5", "inf inf"]
for s in floats:
    print(repr(s), conv(float, s))
print(conv(int, "10", 1), conv(int, "10", 37), conv(int, 3.9, 10), conv(int, b"12"), conv(int, bytearray(b" 7 ")), conv(float, b"1.5"))
print(conv(complex, "1+2j"), conv(complex, " (1-2j) "), conv(complex, "j"), conv(complex, "1+2i"), conv(complex, "inf+nanj"))
