s = "mississippi"
print(s.replace("ss", "SS"), s.count("s"), s.count("ss"), s.count(""))
print(s.find("ss", 3), s.find("ss", 3, 5), s.rfind("ss", 0, 5))
print(s.upper().isupper(), s[2:6], s[-4:], s[:-4], s[::3])
print(sorted(set(s)), max(s), min(s))
print("abc" < "abd", "abc" < "ab", "B" < "a", "" < "a")
s.encode()
