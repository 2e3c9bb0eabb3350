text = "hello"
print(text.upper())
count = text.count()
