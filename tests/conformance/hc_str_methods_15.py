s = "αβγ"
print(s.upper(), len(s), s[::-1], s.encode("utf-8"), s.find("γ"))
print("ﬁ".upper(), "ß".upper(), "ΣΑΣ".lower(), "ǈ".lower())
print(sorted(["é", "e", "f", "E"]), "é" > "z")
print("日本語テキスト"[2:4], "日本" * 2, "日本".center(6, "*"))
print("a\u0000b", len("a\u0000b"), repr("a\u0000b"))
print("x".join(["😀", "🎉"]), len("😀🎉"), "😀" < "🎉")
print(" ".isspace(), "\u3000".isspace(), "\xa0".isspace(), "٣".isdigit(), "²".isdigit(), "²".isdecimal())
