b = b"abcabc"
for sub in (b"a", b"bc", b"", b"x", 99, ord("a")):
    print(repr(sub), b.find(sub), b.rfind(sub), b.count(sub), b.index(sub) if sub in b else None)
print(b.find(b"a", 1), b.rfind(b"a", 0, 4), b.count(b"", 2), b.find(b"c", -1), b.startswith(b"bc", 1))
print(b.endswith((b"x", b"bc")), b.startswith(b""), b.removeprefix(b"abc"), b.removesuffix(b"c"))
for bad in (lambda: b.find("a"), lambda: b.find(256), lambda: b.count(1.5), lambda: b.index(b"z"),
            lambda: b.rindex(b"z"), lambda: b.startswith("a"), lambda: b.startswith(("a",)), lambda: b.find()):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
b.index(b"q")
