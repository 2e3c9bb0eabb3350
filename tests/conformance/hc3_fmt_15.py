text = "Hello World"
print(text.ljust(15, "-") + "|")
print(text.rjust(15) + "|")
print(text.split("o"))
print(text.upper().isupper(), text.istitle(), "hello".islower())
print(text.encode("ascii"))
print(text.index("World"))
text.index("world")
