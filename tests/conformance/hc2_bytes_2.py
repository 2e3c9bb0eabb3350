# bytes methods
b = b"  Hello, World  "
print(b.strip(), b.lower(), b.upper(), b.split(b","), b.replace(b"l", b"L"), b.find(b"o"))
print(b.strip().startswith(b"He"), b.count(b"l"), b"-".join([b"a", b"b"]), b.isspace(), b"12".isdigit())
print(b"a,b".partition(b","), b"abc".center(7, b"*"), b"x".zfill(3), b"ab".title(), b"aBc".swapcase())
print(b"a b\tc".split(), b"abc".rstrip(b"c"), b"line1\nline2".splitlines(), b"abc".index(b"c"))
b"abc".index(b"z")
