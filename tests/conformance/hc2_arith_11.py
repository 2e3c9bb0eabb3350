# int methods
n = 1024
print(n.bit_length(), (0).bit_length(), (-1).bit_length())
print((1234).to_bytes(2, "big"), (1234).to_bytes(2, "little"))
print(int.from_bytes(b"\x04\xd2", "big"), int.from_bytes(b"\xff\xff", "big", signed=True))
print((-1).to_bytes(2, "big", signed=True))
print((10).as_integer_ratio(), (7).conjugate(), (5).real, (5).imag, (5).numerator, (5).denominator)
print((3).is_integer())
(256).to_bytes(1, "big")
