s = "Hello"
print(s * -1 == "", s[1:-1], s[-1:1:-1], s[::-2], s[10:20], s[-10:2])
print(s.find(""), s.rfind(""), s.count(""), "".count(""), s.index("l", 3), s.split("l"))
print("a b c".split(" ", 0), "a b c".rsplit(" ", 1), " a ".split(" "), "aXbXc".split("X", -1))
print("abc".center(6), "abc".center(7, "-"), "ab".ljust(1), "%5.1s|" % "xyz", "%-6r|" % "x")
print("Straße".casefold(), "ǈ".title(), "hello world".title(), "it's".title(), "x1y".capitalize())
print("tab\tsep".expandtabs(3), "A\u030a".lower(), len("\N{GREEK SMALL LETTER ALPHA}"))
