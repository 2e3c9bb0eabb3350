# replace and translate
print("aaa".replace("a", "b", 2), "abc".replace("", "-"), "hello".replace("l", ""))
print("banana".replace("an", "AN", -1), "x".replace("x", "xx"), "abc".replace("b", "", 0))
table = str.maketrans("abc", "xyz")
print("aabbcc".translate(table), "hello".translate({ord("l"): None, ord("h"): "J"}))
t2 = str.maketrans({"a": "1", "b": None})
print("abcab".translate(t2), str.maketrans("ab", "cd", "e"))
str.maketrans("ab", "c")
