# str.split with whitespace characters and maxsplit edge cases
s = " a\tb\n\nc\x0bd\x1ce "
print(s.split(), s.split(None, 2), s.rsplit(None, 2), s.strip().split(" "))
print("a,b,c".split(",", -1), "a,b,c".split(",", 0), "a b  c".split(" ", 1), ",a,".split(","))
print("  x  y ".rsplit(maxsplit=0), "xaxbx".split("x"), "aaa".split("a", 1))
"abc".split(",", "1")
