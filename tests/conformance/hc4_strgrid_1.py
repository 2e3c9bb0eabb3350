def call(s, name, *args):
    try:
        return getattr(s, name)(*args)
    except Exception as e:
        return f"{type(e).__name__}: {e}"

samples = ["", "a", "Hello, World", "  padded\t\n", "ÀÉÎõü", "ǅungla", "ß straße", "ﬁne", "İstanbul", "x_y-z.1", "123", "١٢٣", "Ⅻ", "a\u0301", "\u00a0nbsp\u2003", "mIxEd CaSe wOrDs", "tab\tsep\tline", "line\rbreak\x1c\x1d\x1e\x85\u2028end", "🙂 emoji", "İı"]
methods = [("upper",), ("lower",), ("casefold",), ("title",), ("capitalize",), ("swapcase",),
           ("isalpha",), ("isdigit",), ("isdecimal",), ("isnumeric",), ("isalnum",), ("isspace",),
           ("istitle",), ("isupper",), ("islower",), ("isprintable",), ("isidentifier",), ("isascii",),
           ("split",), ("splitlines",), ("strip",), ("expandtabs", 4), ("center", 15, "*"),
           ("zfill", 8), ("partition", ","), ("rsplit", None, 1), ("find", "l"), ("count", "l"),
           ("encode",), ("ljust", 3), ("rstrip", "\n\td"), ("replace", "l", "L", 1), ("index", "e"),
           ("startswith", ("H", "")), ("split", " ", 1), ("title",)]
for s in samples:
    print(repr(s))
    for m in methods:
        print("   ", m[0], repr(call(s, *m)))
