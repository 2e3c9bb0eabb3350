s = "mississippi"
print(s.index("ss"), s.rindex("ss"), s.count("ss"), s.count("i"), s.replace("ss", "SS", 1))
print(s.lstrip("m"), s.rstrip("ip"), s.strip("mi"), s.split("s"), s.split("ss"))
print(s.center(15, "*"), s.ljust(3), s.partition("x"), s.rpartition("x"))
print(s.upper().lower() == s, min(s), max(s), sorted(s)[:4], s * 0 == "")
print([s[i:i + 3] for i in range(0, len(s), 3)])
s.rindex("z")
