# bytes formatting and repr
print(repr(b"'"), repr(b'"'), repr(b"'\""), repr(b"\t\n\r\\"), repr(b"\x7f\x80"))
print(b"%s-%d" % (b"x", 5), b"%5b|" % b"ab", b"%x" % 255, b"%c" % 65)
print(str(b"abc"), f"{b'xyz'}", f"{b'q'!r}")
print(bytes.maketrans(b"ab", b"xy"), b"aabb".translate(bytes.maketrans(b"ab", b"xy")))
b"%s" % "text"
