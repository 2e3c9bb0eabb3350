# methods reached through the class
print(int.bit_length(255), int.bit_count(-7), int.to_bytes(258, 2), int.__round__(1250, -2))
print(float.is_integer(2.0), float.hex(1.5), bool.bit_length(True), int.conjugate(False))
print((5).bit_length.__name__, type(int.from_bytes(b"\x01")).__name__)
