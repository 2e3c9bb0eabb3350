b = b"hello world"
print(b[0], b[:5], b.upper(), b.split(), b.replace(b"o", b"0"), b.find(b"wor"))
print(len(b), b.decode(), list(b[:3]), bytes([72, 105]), bytes(3), bytes("é", "utf-8"))
ba = bytearray(b"abc")
ba[0] = 65
ba.append(100)
ba.extend(b"ef")
print(ba, bytes(ba), ba.pop(), ba)
print(b"%s=%d" % (b"k", 5), b"a,b".split(b","), b"-".join([b"x", b"y"]), b"ab" * 2)
print(b"\x00\xff".hex(), b"abc" < b"abd", b"A".lower(), b"  x ".strip(), bytes.fromhex("ff 00"))
b"abc" + "def"
