# chr/ord/hex/bin/oct round-trips
print([chr(ord(c) + 1) for c in "HAL"], "".join(chr(c) for c in range(97, 102)))
print(hex(255), bin(5), oct(8), hex(-1), int("-0x1", 16), eval_free := "ok")
print(format(ord("A"), "08b"), hex(ord("€")), chr(int("263a", 16)))
hex(1.5)
