print(b"  a b\tc\n".split(), b"a\x1cb".split(), b"a,b,,c".split(b","), b"a,b,c".rsplit(b",", 1))
print(b" a b c ".rsplit(None, 1), b"a b c".split(maxsplit=1), b"".split(), b"".split(b","))
print(b"a\nb\r\nc\rd\x0be".splitlines(), b"a\n".splitlines(True), b"x".splitlines(keepends=True))
print(b"xax".strip(b"x"), b" a ".strip(), b" a ".lstrip(), b" a ".rstrip(None), b"\x0ba\x0c".strip())
print(b"k=v".partition(b"="), b"k=v=w".rpartition(b"="), b"none".partition(b"="), b"none".rpartition(b"="))
for bad in (lambda: b"a".split("a"), lambda: b"a".split(b""), lambda: b"a".strip("a"), lambda: b"a".partition(b""),
            lambda: b"a".partition("a"), lambda: b"a".lstrip(1), lambda: b"a".rsplit(1, 2, 3)):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
b"x y".split(" ")
