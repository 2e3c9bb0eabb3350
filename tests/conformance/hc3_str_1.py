s = "Hello World Python"
print(s.split(maxsplit=1), s.rsplit(maxsplit=1), s.split("o", 1))
print(s.isidentifier(), "my_var".isidentifier(), "2x".isidentifier(), "".isidentifier())
print(s.lower().replace(" ", "_"), s.count("o", 5), s.find("o", 5, 8), s.endswith("on", 0, 18))
print("a-b-c".replace("-", ""), "xxx".replace("x", "ab", 0), "abc".replace("", "-"))
print("Title Case Here".istitle(), "ABC".isupper(), "abc123".isalnum(), "½".isnumeric(), "²".isdigit())
print(" ".join(reversed(s.split())), s.swapcase())
print("ß".upper(), "ǅ".lower(), "ﬁ".upper(), "İ".lower().encode())
