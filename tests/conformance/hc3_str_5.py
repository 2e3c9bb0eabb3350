s = "The Quick Brown Fox"
print(s.startswith("the"), s.lower().startswith("the"), s[4:9].strip().lower())
print(s.encode("utf-8")[:3], s.encode().decode("ascii"), len(s.encode("utf-16-le")))
enc = "naïve café".encode("utf-8")
print(enc, len(enc), enc.decode("utf-8"), enc.decode("latin-1"))
print("naïve".encode("ascii", errors="replace"), "naïve".encode("ascii", errors="ignore"))
print(b"caf\xe9".decode("utf-8", errors="replace"))
"naïve".encode("ascii")
