samples = ["\x1b[0m", "\u200b", "\U0001d518", "it's \"both\"", "'single'", '"double"', "\t\n\r\x0b\x0c", "\x7f\x80\x9f\xa0",
           "\ud7ff", "\ue000", "\U000e0001", "\u0378", "é\u0301", "\N{NO-BREAK SPACE}", "\u2028\u2029", "\\"]
for s in samples:
    print(repr(s), ascii(s), len(s), s.isprintable())
bs = [b"it's \"both\"", b"'", b'"', b"\x00\x7f\x80\xff", b"\t\n\\"]
for b in bs:
    print(repr(b), b.hex(), len(b))
print(repr("a'b"), repr('a"b'), repr("a'b\"c"), str(["a'b", 'c"d']), repr(bytearray(b"x'y")))
