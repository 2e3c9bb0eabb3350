s = "  Hello, World!  "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip(" !")))
t = s.strip()
print(t.lower(), t.upper(), t.swapcase(), t.title(), t.casefold())
print(t.split(","), t.split(), "a,b,,c".split(","), "a b  c".split(" "), "a,b,c".split(",", 1))
print(t.rsplit(" ", 1), "x".join(["1", "2", "3"]), t.replace("l", "L", 2))
print(t.find("o"), t.rfind("o"), t.find("z"), t.index("W"), t.count("l"))
print(t.startswith("Hell"), t.endswith(("!", "?")), t.startswith("ello", 1))
t.index("z")
