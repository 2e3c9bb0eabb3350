s = "abcabcé😀abc"
for sub in ("a", "bc", "abc", "é", "😀", "x", "", "cé😀a"):
    print(repr(sub), s.find(sub), s.rfind(sub), s.count(sub), sub in s)
print(s.find("a", 1), s.find("a", -3), s.find("a", 1, 3), s.rfind("a", 0, 5), s.rfind("abc", 1, 6))
print(s.find("", len(s)), s.find("", len(s) + 1), s.rfind("", 3, 2), s.count("", 3), s.count("", 50))
print(s.index("c"), s.rindex("c"), s.index("é"), s.rindex("😀"), s.find("b", None, None))
print("aaaa".count("aa"), "aaa".count("a", 1), "abc".count("", 1, 2), s.find("c", -100, 100))
print(s.find("a", 2**70), s.rfind("a", -2**70), s.count("a", 0, 2**80))
s.rindex("b", 2)
