# justify and padding
print(repr("abc".center(9, "*")), repr("abc".center(8)), repr("abcd".center(7, "-")))
print(repr("x".ljust(4, ".")), repr("x".rjust(4, ".")), repr("long".ljust(2)))
print("42".zfill(5), "-42".zfill(5), "+7".zfill(4), "abc".zfill(5), "".zfill(3))
print(repr("a\tbc\td".expandtabs()), repr("a\tb".expandtabs(4)), repr("\t".expandtabs(0)))
"x".center(5, "ab")
