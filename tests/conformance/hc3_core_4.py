s = "αβγ δέλτα"
print(s.upper(), s.title(), len(s), s[1:4], s[::-1], s.encode("utf-8")[:4], s.find("δ"))
print("ß".upper(), "ﬃ".upper(), "İstanbul".lower(), len("İ".lower()), "Σ".lower(), "ΌΣΟΣ".lower())
print(sorted(["é", "e", "z", "É"]), "é" > "z", ord("é"), "\u00e9" == "e\u0301")
print("naïve café".split(), "x".join("αβ"), "%s|%5s|%-5s|" % ("α", "β", "γ"), f"{'γ':*^5}")
