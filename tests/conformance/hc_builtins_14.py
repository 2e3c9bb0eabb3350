print(bin(2 ** 40), oct(-8), hex(2 ** 64 - 1), hex(0xdeadbeef))
print(ord("\n"), ord(" "), chr(0x41), chr(0x10FFFF) == "\U0010ffff", repr(chr(0)))
print(len(chr(0x1F600)), ascii(chr(0x1F600)), ascii("\x7f"), ascii("ab"))
print(bool(0.0), bool(-0.0), bool(1e-300), bool(float("nan")), bool(""), bool(" "))
print(str(b"x", "ascii"), str(123).zfill(6), repr(str), repr(len))
print(list(range(5, 0, -2)), list(range(-1)), range(3).start, range(1, 8, 3).stop, range(1, 8, 3).step)
print(range(0, 10, 2)[3], range(0, 10, 2)[-1], range(10)[-3:], len(range(-5, 5, 3)))
try:
    chr(0x110000)
except ValueError as e:
    print(e)
try:
    range(10)[10]
except IndexError as e:
    print(e)
