# case methods
words = ["hello", "HELLO", "Hello World", "hELLO wORLD", "ß", "ǆ", "123abc", "they're bill's"]
for w in words:
    print(w.upper(), w.lower(), w.title(), w.capitalize(), w.swapcase(), w.casefold())
print("Hello".istitle(), "HELLO".isupper(), "hello1".islower(), "123".isupper())
[w.title() for w in ["o'neil", "x-ray", "ab cd"]]
