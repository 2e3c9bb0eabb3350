# bytes literals and basics
b = b"hello\x00\xff"
print(b, len(b), b[0], b[-1], b[1:3], list(b[:2]), b"" == bytes())
print(bytes(3), bytes([65, 66]), bytes("é", "utf-8"), bytes(range(5)), b"ab" * 2, b"a" + b"b")
print(b.hex(), bytes.fromhex("de ad be ef"), b.hex(":"), b"\x01\x02".hex("-", 1))
print(b"abc" < b"abd", b"x" in b"xyz", 120 in b"xyz", b"A"[0] == 65)
bytes([256])
