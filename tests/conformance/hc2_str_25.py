# string methods with keyword arguments
print("a,b,c".split(sep=",", maxsplit=1), "a b c".rsplit(maxsplit=1))
print("x".center(width=5, fillchar="-") if False else "x".center(5, "-"))
print("line\nline2".splitlines(keepends=True), "a\tb".expandtabs(tabsize=2))
print("hello".encode(encoding="utf-8", errors="strict"), b"hi".decode(encoding="ascii"))
print("abc".replace("b", "B", count=1))
"abc".split(sep=None, maxsplit=-1)
