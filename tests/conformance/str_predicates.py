samples = ["", "abc", "ABC", "Abc", "abc1", "123", "²³", "½", "一二三", "٣٤", " \t\n", "\u3000", "\x1c",
           "é", "ǅ", "Hello World", "Hello world", "ª", "Ⅷ", "a_b", "\u200b", "\n", "😀", "ABC DEF", "ǅa Ǆb"]
names = ["isalnum", "isalpha", "isascii", "isdecimal", "isdigit", "isidentifier", "islower",
         "isnumeric", "isprintable", "isspace", "istitle", "isupper"]
for s in samples:
    print(repr(s), "".join("1" if getattr(s, n)() else "0" for n in names))
try:
    "a".isalpha(1)
except TypeError as e:
    print(e)
[n for n in names if getattr("Title", n)()]
