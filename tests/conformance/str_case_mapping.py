words = ["hello world", "HELLO", "mIxEd CaSe", "they're bill's friends", "123abc def",
         "straße", "ǆemal", "ﬁne ﬂow", "İstanbul", "ŉ", "ǰ", "ᾳ", "Ꭰꭰ", "ΣΑΣ ΟΔΟΣ", "ǅungla"]
for w in words:
    print(w.lower(), w.upper(), w.title(), w.capitalize(), w.swapcase(), w.casefold(), sep=" | ")
print("ß".upper(), "ß".title(), "ß".casefold(), "ß".capitalize(), "ẞ".lower())
"Ǆ".title() + "ǆ".upper() + "ǅ".lower()
