# ascii/repr/str/format builtins consistency
vals = [1, 1.5, "s", "é", [1, "x"], {"k": (1,)}, None, b"\x00", 2 ** 70, -0.0]
for v in vals:
    print(repr(v), str(v), ascii(v), format(v))
