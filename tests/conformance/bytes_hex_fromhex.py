print(b"\x00\xff".hex(), b"abc".hex(":"), b"abcdef".hex(":", 2), b"abcdef".hex(":", -2), b"abcde".hex("-", 2))
print(b"abcde".hex(b"_", -2), b"".hex(":"), b"a".hex(":"), b"abcd".hex(" ", 3))
print(bytes.fromhex("01 02 ff"), bytes.fromhex("\t01\n"), bytes.fromhex(b"0102"), bytes.fromhex("AbCd"), bytes.fromhex(""))
for bad in (lambda: bytes.fromhex(" 0 1"), lambda: bytes.fromhex("01é"), lambda: bytes.fromhex("0g"),
            lambda: bytes.fromhex("01 0"), lambda: bytes.fromhex(1), lambda: b"abc".hex("::"), lambda: b"abc".hex(1)):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
bytes.fromhex("zz")
