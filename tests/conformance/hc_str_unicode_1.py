s = "naïve café 日本語 😀"
print(len(s), s.upper(), s[-1], s[6:10])
print([ord(c) for c in "日本"])
print(s.encode("utf-8")[:8])
print(len(s.encode("utf-8")))
print("😀".encode("utf-8").decode("utf-8") == "😀")
print(ascii(s))
print(repr("tab\t nl\n quote' dq\" bs\\"))
print(repr('it\'s'), repr("say \"hi\""), repr("both ' and \""))
