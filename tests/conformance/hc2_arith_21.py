# int string conversions with bases
for n in [0, 1, -1, 255, -255, 2 ** 40]:
    print(n, bin(n), oct(n), hex(n), format(n, "x"), format(n, "#b"))
print(int(bin(12345), 2), int(hex(-999), 16), int(oct(8), 8))
print(format(255, "08b"), format(255, "#010x"), format(-255, "X"))
int("0x10", 10)
