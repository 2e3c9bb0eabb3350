text = "naïve café résumé"
words = text.split()
print(words[0].title(), words[1].upper(), words[3])
