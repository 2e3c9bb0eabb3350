for s in ("plain", "it's", 'say "hi"', "both ' and \"", "\\", "\n\t\r", "\x00\x1f\x7f", "\x80\x9f\xa0\xad",
          "é😀", "\u200b\u2028\ufeff", "\U000e0001", "\ud800", "\U0010ffff", "\u0378", "日本語", "ﬁ"):
    print(repr(s), ascii(s), len(repr(s)))
print(repr(["a'b", 'c"d']), str(("x",)))
repr("end\n")
