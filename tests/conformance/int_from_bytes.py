print(int.from_bytes(b"AB"), int.from_bytes(b"AB", "little"), int.from_bytes(b""))
print(int.from_bytes(b"\xff", signed=True), int.from_bytes(b"\x80\x00", "little", signed=True))
print(int.from_bytes(b"\xff" * 20), int.from_bytes(b"\xff" * 20, signed=True))
print(int.from_bytes(b"\x00\x80" + b"\x00" * 14, signed=True), int.from_bytes(b"\x80" + b"\x00" * 8, signed=True))
print(int.from_bytes([1, 2]), int.from_bytes((255, 0), "little"), int.from_bytes(bytes=b"\x01", byteorder="little"))
print(bool.from_bytes(b"\x01"), bool.from_bytes(b"\x00"), (7).from_bytes(b"\x07"))
x = 2**100 + 12345
print(int.from_bytes(x.to_bytes(16, "little"), "little") == x)
for f in (lambda: int.from_bytes(), lambda: int.from_bytes("ab"), lambda: int.from_bytes(5),
          lambda: int.from_bytes([256]), lambda: int.from_bytes(["a"]), lambda: int.from_bytes(b"a", "mid"),
          lambda: int.from_bytes(b"a", byteorder=1), lambda: int.from_bytes(b"", "big", 1)):
    try:
        f()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
