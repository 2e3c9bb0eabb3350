# memoryview-free slicing and stepping of bytes
b = bytes(range(10))
print(b[::2], b[1::3], b[::-1], b[-3:], b[2:8:2], b[100:], b[5:2])
print(list(b[::3]), b[3], type(b[3]).__name__, type(b[3:4]).__name__)
print(b.startswith(bytes([0, 1])), b.endswith(b"\x09"), b.rfind(b"\x05"))
ba = bytearray(b)
ba[::2] = b"\xaa" * 5
print(ba.hex())
ba[::2] = b"\x00"
