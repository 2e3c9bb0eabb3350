words = ["ｈｅｌｌｏ", "ｗｏｒｌｄ"]
print(words[0] + words[5])
