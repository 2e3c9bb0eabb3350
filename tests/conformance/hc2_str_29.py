# format() builtin on strings
print(format("abc", "10"), format("abc", ">10"), format("abc", "^9"), format("abc", ".2"))
print(format("x", "*<5"), format("", "-^4"), format("héllo", "~>8.3"))
print(format("text"), format("abc", "s"))
try:
    format("abc", "d")
except ValueError as e:
    print(e)
format("abc", "=10")
