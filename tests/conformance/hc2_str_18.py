# string methods on empty and single chars
e = ""
print(e.upper(), e.split(","), e.join(["a", "b"]), e.center(3, "x"), e.zfill(2), e.isalpha())
print(e.startswith(""), e.endswith(""), e.find(""), e.count(""), e.partition(","), e * 3)
print("a".split("a"), "a".strip("a"), "a".replace("a", "aa"), "a".title(), "a".index("a"))
print(e.capitalize(), e.swapcase(), e.title(), e.isspace(), e.isdigit(), e.islower())
e[0]
