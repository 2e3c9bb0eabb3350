lines = "first line\nsecond line\r\nthird\n\nfifth"
print(lines.splitlines())
print(lines.splitlines(keepends=True))
print(lines.split("\n"))
print([l for l in lines.splitlines() if l])
print("a,b,,c".split(","), "a b  c".split(), "  ".split(), "".split(","))
print("x".join(["1", "2", "3"]), "".join([]))
"\n".join(l.upper() for l in lines.splitlines()[:2])
