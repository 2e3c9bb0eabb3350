b = b"hello"
print(b, b[0], b[1:3], b[-1], len(b), list(b[:2]), b + b"!", b * 2)
print(b.upper(), b.decode(), b.hex(), bytes.fromhex("68 69"), b.find(b"l"), b.count(b"l"))
print(bytes(3), bytes([65, 66]), bytes("é", "utf-8"), b"\x00\xff", repr(b"'\""))
print(b.split(b"l"), b.startswith(b"he"), b"a,b".split(b","), b"  x ".strip())
print(b"abc" < b"abd", b"a" in b"abc", 97 in b"abc", b.replace(b"l", b"L"))
print(b"%s=%d" % (b"k", 5), b"-".join([b"a", b"b"]), b.index(b"o"))
