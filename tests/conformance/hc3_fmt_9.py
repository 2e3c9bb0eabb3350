print(repr("it's"), repr('say "hi"'), repr("both ' and \""), repr("tab\there"))
print(repr("\x00\x7f\u00e9\u2603\U0001f600"), ascii("\u00e9\U0001f600"))
print(str(b"bytes"), repr(b"\x00\xff'"), repr(bytearray(b"ab")))
print(len("\U0001f600"), ord("é"), chr(9731), hex(ord("A")))
print("é".encode(), "é".encode("utf-8").decode(), b"abc".hex())
print(repr("\\"), repr("\r\n"), repr("\x1b[0m"))
"caf\u00e9"
