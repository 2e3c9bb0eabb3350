values = ["plain", "it's", 'say "hi"', "both ' and \"", "tab\t", "nl\n", "é", "日本", "\x00", "\\", "emoji 😀"]
for v in values:
    print(repr(v), str(v) == v, ascii(v))
print(repr(1.0), repr(-0.0), repr(1e100), repr(10 ** 20), repr(None), repr([1, "a", (2,)]))
print(str(1.5), str([1, "a"]), str(("x",)), str({"k": [None]}))
print(repr(1e-7), repr(123456789012345678.0), repr(0.1 + 0.7), repr(float("nan")))
ascii(["ü", 1, ("ß",)])
