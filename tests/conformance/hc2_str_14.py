# encode/decode
s = "héllo wörld €"
b = s.encode()
print(b, len(b), len(s), b.decode() == s)
print(s.encode("latin-1", errors="replace"), s.encode("ascii", "ignore"), s.encode("ascii", "replace"))
print(b"caf\xc3\xa9".decode("utf-8"), b"\xff\xfe".decode("utf-8", "replace"), "ü".encode("utf-16-le"))
print(s.encode("ascii", "backslashreplace"), "x".encode("utf-8"))
"naïve".encode("ascii")
