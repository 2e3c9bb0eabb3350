s = "hello world"
print(s.index("o"), s.index("o", 5), s.rindex("o"))
print(s.split("o"), s.split("o", maxsplit=1), s.rsplit(maxsplit=1))
print("a  b".split(" "))
print("".split(), "".split(","), "   ".split())
print("abc".strip("ac"), "xxhixx".strip("x"), "hello".lstrip("leh"))
"{}-{}".format(*"ab")
