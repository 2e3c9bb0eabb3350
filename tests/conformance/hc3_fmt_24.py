b = b"hello world"
print(b.upper(), b.split(), b[0], b[:5], b.find(b"o"), b.replace(b"l", b"L"))
print(list(b[:3]), bytes([104, 105]), bytes(3), b"ab" * 2, b"a" + b"b")
print(b.decode(), b.startswith(b"he"), len(b), b"x" in b, 111 in b)
ba = bytearray(b"abc")
ba[0] = 65
ba.append(100)
ba.extend(b"ef")
print(ba, bytes(ba), ba.decode())
print(b"\xc3\xa9".decode("utf-8"), "é".encode("latin-1"))
b"\xff".decode("utf-8")
