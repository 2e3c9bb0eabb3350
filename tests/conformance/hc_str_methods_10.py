s = "Python Programming"
print(s.split("o"), s.casefold(), s.count("o", 5), s.index("P", 1))
print(s.zfill(20), s.isascii(), "ñ".isascii(), s.isprintable(), "a\nb".isprintable())
print("   ".join(["a", "b"]), "a b c".split(None, 1), "a\tb\nc d".split())
print("%.3s|%-6s|%6s" % ("abcdef", "ab", "ab"))
print("ab" in "abc", "" in "abc", "abc".find(""), "abc".rfind(""), "".find(""))
print("CamelCaseString".swapcase(), "snake_case_here".title(), "o'neil mc".title())
print("x=1;y=2".split(";")[1].split("=")[1], "a=b=c".split("=", 1))
s.lower().split().index("programming")
