s = "  Hello, World!  "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print(s.strip().lower(), s.strip().upper(), s.strip().swapcase())
print("hello world".title(), "hello world".capitalize())
print("a,b,,c".split(","), "a,b,,c".split(",", 1))
print("  a  b   c ".split())
print("a-b-c".rsplit("-", 1))
print("abc".center(9, "*"), "abc".ljust(6, "."), "abc".rjust(6))
print("42".zfill(5), "-42".zfill(5), "+7".zfill(4))
assert "abcabc".count("bc") == 2
assert "abcabc".find("c", 3) == 5
assert "abcabc".rfind("a") == 3
assert "abc".find("z") == -1
