b = b"hello World 42\xe9"
print(b.upper(), b.lower(), b.swapcase(), b.title(), b.capitalize())
print(b"12".isdigit(), b"".isdigit(), b"ab".isalpha(), b"a1".isalnum(), b" \t\x0b".isspace(), b"\x1c".isspace())
print(b"ab".islower(), b"AB".isupper(), b"Ab Cd".istitle(), b"\x80".isascii(), b"".isascii(), b"a\xe9".isalpha())
print(b"a".center(4), b"a".center(4, b"*"), b"a".ljust(3, b"-"), b"a".rjust(3, b"-"), b"-5".zfill(4), b"abc".center(2))
print(b"a\tb".expandtabs(4), b"a\tb\n\tc".expandtabs())
for bad in (lambda: b"a".center(), lambda: b"a".center(5, b"ab"), lambda: b"a".ljust(5, 1),
            lambda: b"a".center(3, "a"), lambda: b"a".upper(1), lambda: b"a".zfill("a")):
    try:
        bad()
    except TypeError as e:
        print(e)
b"x".center(5, "*")
