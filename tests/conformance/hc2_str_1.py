# split and rsplit variants
s = "  a  b   c  "
print(s.split(), s.split(" "), s.split(None, 1), s.rsplit(None, 1))
print("a,b,,c".split(","), "a,b,,c".split(",", 2), "a,b,,c".rsplit(",", 2))
print("".split(), "".split(","), "abc".split("abc"), "x".split("x", 0))
print("one\ntwo\r\nthree\n".splitlines(), "one\ntwo\n".splitlines(keepends=True))
print("a\x0bb\x0cc".splitlines(), "no newline".splitlines())
"a b".split("")
