for n in [0, 1, 5, 255, -255, 1024, 2 ** 70, -(2 ** 70)]:
    print(n, bin(n), oct(n), hex(n))
print(int(bin(42), 2), int(oct(42), 8), int(hex(42), 16), int(hex(-42), 0))
print(hex(True), bin(False))
try:
    hex(1.5)
except Exception as e:
    print(type(e).__name__ + ":", e)
