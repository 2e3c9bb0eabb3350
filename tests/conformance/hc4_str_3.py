table = str.maketrans("abc", "xyz", "d")
print("abcd-abcd".translate(table))
print(ord("A"), chr(97), chr(0x1F600) == "\U0001F600", ascii("naïve"), repr("quote'\""))
print(repr("tab\there"), repr("nl\n"), repr("\x00\x7f"), len("héllo"), "é".encode("utf-8"))
s = "Mississippi"
print(s.count("ss"), s.replace("ss", "SS"), s.split("ss"), s.upper().lower() == s.lower())
print(sorted(set(s)), "".join(sorted(s)), min(s), max(s))
print("a" < "b", "Z" < "a", "abc" < "abd", "ab" < "abc", "" < "a")
"abc" < 5
