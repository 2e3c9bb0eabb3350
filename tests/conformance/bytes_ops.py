b = b"abc"
print(b[0], b[-1], b[1:], b[::-1], b[::2], b[:], b[5:], b[True], list(b), list(b""))
print(b + b"d", b * 2, 2 * b, b * 0, b < b"abd", b == b"abc", b == "abc", b != b"x", b >= b"ab")
print(97 in b, b"bc" in b, b"" in b, hash(b"x") == hash(b"x"), len(b), sorted([b"b", b"a", b""]))
print(b"-".join([b"a", b"b"]), b"".join([]), b"aaa".replace(b"a", b"bb", 2), b"abc".replace(b"", b"-"))
print(b"caf\xc3\xa9".decode(), b"\xff".decode("latin-1"), b"\xff".decode("ascii", "replace"), b"a\xffb".decode("utf-8", "ignore"))
for bad in (lambda: b[3], lambda: b["x"], lambda: b[1.5], lambda: b + "a", lambda: b + 1, lambda: "a" + b,
            lambda: b * 1.5, lambda: "x" in b, lambda: 256 in b, lambda: b < "a", lambda: b"a".join(["a"]),
            lambda: b"a".decode(1), lambda: b"a".decode("no-codec"), lambda: b"a".replace("a", "b")):
    try:
        bad()
    except (TypeError, ValueError, IndexError, LookupError) as e:
        print(type(e).__name__, e)
b"\xc3".decode()
