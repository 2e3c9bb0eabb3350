# unicode handling
s = "naïve café 日本語 😀"
print(len(s), s.upper(), s[-1], s[11:14], s.encode("utf-8")[:8])
print([c for c in s if ord(c) > 127])
print("日本" in s, s.find("語"), s.index("😀"), s[::-1])
print("ǅ".isupper(), "ǅ".istitle(), "İ".lower(), len("İ".lower()), "ﬁ".upper())
"Straße".upper() == "STRASSE"
