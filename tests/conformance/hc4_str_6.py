text = """The rain in Spain
stays mainly in the plain"""
words = text.split()
freq = {}
for w in words:
    w = w.lower()
    freq[w] = freq.get(w, 0) + 1
print(sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:3])
print(text.count("ain"), text.upper().count("AIN"), len(text.splitlines()))
print([w for w in words if w.endswith("ain")])
print(text.encode()[:8], text.encode("ascii")[-5:])
print("ß".upper(), "ǅ".lower(), "İ".lower().encode(), "ﬁ".upper())
print(str(b"bytes"), str(b"x", "ascii"), "€".encode("utf-16-le"))
