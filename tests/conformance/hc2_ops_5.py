# asserts over string operations
s = "Hello, World"
assert s.lower() == "hello, world"
assert s.find("o") == 4 and s.rfind("o") == 8 and s.find("o", 5) == 8
assert s.split(", ") == ["Hello", "World"]
assert s[::-1] == "dlroW ,olleH"
assert s.replace("l", "L", 2) == "HeLLo, World"
assert "-".join(s.split()) == "Hello,-World"
assert s.center(16, "*") == "**Hello, World**"
assert s.count("l") == 3 and s.index("W") == 7
assert s.startswith("Hell") and not s.endswith("world")
assert s.swapcase() == "hELLO, wORLD" and s.title() == "Hello, World"
assert "{:>6}".format("ab") == "    ab" and f"{'ab':<4}|" == "ab  |"
assert "a" * 3 == "aaa" and "abc" < "abd" and "B" < "a"
assert "x".join([]) == "" and "".join(["a", "b"]) == "ab"
assert "  a b ".strip().split(" ") == ["a", "b"]
print("all str asserts passed")
assert s.upper() == "HELLO WORLD", "comma was dropped"
