s = "  Hello, World!  "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
t = s.strip()
print(t.lower(), t.upper(), t.swapcase(), t.title(), t.casefold())
print(t.replace("l", "L", 2), t.count("l"), t.find("o"), t.rfind("o"), t.find("z"))
print(t.startswith(("He", "x")), t.endswith("!"), t.index("W"))
print(t.split(", "), t.rsplit("o", 1), t.partition(" "), t.rpartition("o"))
print(t.center(21, "."), t.zfill(16), "-5".zfill(4))
t.removeprefix("Hello").removesuffix("!")
