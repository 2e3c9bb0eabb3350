# find, index, count, rfind
s = "hello world hello"
print(s.find("hello"), s.find("hello", 1), s.rfind("hello"), s.find("xyz"), s.find(""))
print(s.index("world"), s.rindex("l"), s.count("l"), s.count("hello"), s.count(""))
print(s.find("o", 5, 10), s.count("l", 3, -3), "aaaa".count("aa"), s.rfind("", 3))
print(s.startswith("hell"), s.endswith(("x", "llo")), s.startswith("world", 6), s.endswith("hello", 0, 5))
s.index("bye")
