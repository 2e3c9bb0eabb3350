s = "hello world"
print(s.capitalize(), s.title(), "HELLO".capitalize(), "123abc".capitalize(), "".capitalize())
print(s.split(" ", -1), s.rsplit("o", 1), s.split("l"), s.rsplit("l", 2))
print(s.ljust(15, "*"), s.rjust(15, "-"), s.center(16, "~"))
print(s.find("o", -4), s.index("w", -5, -1), s[-5:].upper(), s.endswith("ld", -3))
print("a\nb\n\nc".split("\n"), "a\r\nb".splitlines(), "\n".splitlines())
print(" ".join(w[::-1] for w in s.split()), s.replace("", "-"))
s.split(" ")[5]
