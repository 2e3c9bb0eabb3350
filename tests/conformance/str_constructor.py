print(repr(str()), str(1), str(1.5), str(None), str([1, "a"]), str(b"a"), str("x"), str(True))
print(str(b"caf\xc3\xa9", "utf-8"), str(b"caf\xe9", "latin-1"), str(b"abc", encoding="ascii"), str(object="o"))
print(str(b"\xff\xfe", "utf-8", "replace"), str(b"\xffa", errors="ignore", encoding="utf-8"), repr(str(encoding="utf-8")))
print(repr(str(b"\xffa\xfe", "utf-8", "backslashreplace")), repr(str(b"\xff", "utf-8", "surrogateescape")))
for bad in (lambda: str(1, "utf-8"), lambda: str("a", "utf-8"), lambda: str(b"a", 1), lambda: str(b"a", errors=1),
            lambda: str(1, 2, 3, 4), lambda: str(x=1), lambda: str(b"a", "no-codec"), lambda: str(b"\xff", "utf-8", "bogus")):
    try:
        bad()
    except (TypeError, LookupError) as e:
        print(type(e).__name__, e)
str(b"ok", "utf-8", "bogus")
