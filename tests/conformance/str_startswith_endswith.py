s = "prefix-body-suffix"
print(s.startswith("prefix"), s.startswith("body", 7), s.startswith("body", 7, 9), s.endswith("suffix"))
print(s.endswith("body", 0, 11), s.endswith(("x", "fix")), s.startswith(("no", "pre")), s.startswith(()))
print(s.startswith(""), s.startswith("", 18), s.startswith("", 19), s.endswith("", -3, -1))
print("é😀".startswith("😀", 1), "é😀".endswith("é", 0, 1), "é😀".startswith("", 2), "é😀".startswith("", 3))
print(s.removeprefix("prefix-"), s.removesuffix("-suffix"), s.removeprefix("x"), s.removesuffix(""))
for bad in (lambda: s.startswith(1), lambda: s.endswith(["fix"]), lambda: s.startswith(("a", 2)),
            lambda: s.startswith("a", "b"), lambda: s.removeprefix(None), lambda: s.endswith()):
    try:
        bad()
    except TypeError as e:
        print(e)
s.startswith(("pre", b"pre"))
