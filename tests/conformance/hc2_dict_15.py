# key errors with various key types
d = {}
for k in ["s", 1, (1, 2), None, 1.5]:
    try:
        d[k]
    except KeyError as e:
        print(repr(e), str(e))
d[("a", "b")]
