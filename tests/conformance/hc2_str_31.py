# utf-16 and utf-32 encodings, splitlines with unicode separators
s = "hé€😀"
for enc in ("utf-8", "utf-16", "utf-16-be", "utf-32-le"):
    b = s.encode(enc)
    print(enc, len(b), b[:6], b.decode(enc) == s)
print("a\u2028b\u2029c\x1cd\x85e".splitlines())
print("a\u2028b".split(), "x\u00a0y".split(), "\u200bz".strip() == "\u200bz")
b"\xff".decode("utf-16")
