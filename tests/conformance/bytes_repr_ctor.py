for b in (b"", b"abc", b"it's", b'say "hi"', b"both ' \"", b"\x00\x7f\x80\xff", b"\\\n\r\t", bytes(range(0, 256, 37))):
    print(repr(b), str(b), len(b))
print(bytes(), bytes(3), bytes([1, 2, 255]), bytes((65, 66)), bytes(b"ab"), bytes(range(3)), bytes(iter([7])))
print(bytes("é", "utf-8"), bytes("é", "latin-1"), bytes("é", "ascii", "replace"), bytes(True), bytes(source=[0]))
for bad in (lambda: bytes(-1), lambda: bytes("a"), lambda: bytes(1.5), lambda: bytes([256]), lambda: bytes(["a"]),
            lambda: bytes("a", "no-codec"), lambda: bytes(1, "utf-8"), lambda: bytes(b"a", "utf-8"),
            lambda: bytes(encoding="utf-8"), lambda: bytes("a", errors="strict"), lambda: bytes(1, errors="strict"),
            lambda: bytes([-1]), lambda: bytes([1.5]), lambda: bytes("a", 1)):
    try:
        bad()
    except (TypeError, ValueError, LookupError) as e:
        print(type(e).__name__, e)
bytes([300])
