s = "one two one two one"
print(s.replace("one", "1"), s.replace("one", "1", 2), s.replace("one", "1", count=1), s.replace("x", "y"))
print(s.replace("one", "1", 0), s.replace("one", "1", -1), s.replace(" ", ""), s.replace("o", "öö"))
print("abc".replace("", "-"), "abc".replace("", "-", 2), "".replace("", "x"), "abc".replace("", ""))
print("aaa".replace("a", "bb", 2), "aaa".replace("aa", "x"), "é😀é".replace("é", "e"), "a😀".replace("😀", ""))
for bad in (lambda: "a".replace(1, "b"), lambda: "a".replace("a", None), lambda: "a".replace("a"),
            lambda: "a".replace("a", "b", "c"), lambda: "a".replace("a", "b", 1, 2),
            lambda: "a".replace(old="a", new="b")):
    try:
        bad()
    except TypeError as e:
        print(e)
"banana".replace("an", "AN", 1)
