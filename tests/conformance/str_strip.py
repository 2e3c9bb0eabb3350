print(repr("  x y  ".strip()), repr("\t\n x \r\x0b\x0c".strip()), repr("\u3000\x85 x \u2028".strip()))
print("xxaxx".strip("x"), "xyaxy".lstrip("yx"), "xyaxy".rstrip("yx"), "abc".strip(""), "abc".strip(None))
print("ééaéé".strip("é"), "😀a😀".strip("😀"), "a😀b".strip("ab"), repr("aaa".strip("a")))
print(repr("  left".lstrip()), repr("right  ".rstrip()), "www.example.com".strip("cmowz."))
for bad in (lambda: "a".strip(1), lambda: "a".lstrip([]), lambda: "a".rstrip(b"a"), lambda: "a".strip("a", "b")):
    try:
        bad()
    except TypeError as e:
        print(e)
"--x--".strip("-")
