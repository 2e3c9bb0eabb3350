# int(text, base): whitespace, signs, prefixes, underscores, Unicode digits
cases = [("12", 10), (" 12 ", 10), ("1_000", 10), ("+7", 10), ("-7", 10), ("0x1f", 16),
         ("0x1f", 0), ("0X1F", 0), ("-0x1f", 0), ("0o17", 0), ("0O17", 8), ("0b101", 0),
         ("0B1", 2), ("0b1", 16), ("0x_1f", 0), ("0x_1f", 16), ("00", 0), ("0_0", 0),
         ("00_0", 0), ("12", 0), ("z", 36), ("Z", 36), ("yy", 35), ("١٢٣", 10), ("٣", 0),
         ("0x٣", 0), ("\u3000 12 \u3000", 10), ("１２", 10), ("٣٣", 16), (" \t12\n ", 10),
         ("9" * 25, 10), ("-" + "7" * 30, 8), ("f" * 40, 16)]
for text, base in cases:
    print(repr(text), base, int(text, base))
print(int(), int(3.9), int(-3.9), int(-0.9), int(1e19), int(True), int(2**70), int(b"12"))
print(int(b" 0x10 ", 0), int(b"1_0"), int("12", base=8), int(x) if (x := "5") else 0)
print(int("1" * 4300) % 1000, int("0b" + "1" * 5000, 0).bit_length())
