s = "a-b_c d.e"
for sep in ["-", "_", " ", ".", "x"]:
    print(repr(sep), s.split(sep), s.partition(sep), s.rpartition(sep))
print("1,2,,3,".split(","), ",a,".strip(","), "a,b".split(",", 0), "a b c".split(maxsplit=0))
print("aaa".replace("a", "b", 0), "aaa".replace("a", "bb", -1), "abc".replace("", "|", 2))
print("Hello".ljust(3), "Hi".zfill(1), "-".zfill(3), "+1".zfill(0), "abc".zfill(5))
print("%s" % "x".join([]), "a".join(["", ""]), "".join(["a", "", "b"]))
print("ab cd".title(), "AB cd".capitalize(), "3rd place".title(), "they're".title())
print("Hello World".swapcase().swapcase(), "ABC".lower().upper(), "mIxEd".casefold())
