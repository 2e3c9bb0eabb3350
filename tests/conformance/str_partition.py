for s in ("key=value", "key=", "=value", "no separator", "a=b=c", "é=😀"):
    print(s.partition("="), s.rpartition("="))
print("abcabc".partition("bc"), "abcabc".rpartition("bc"))
for bad in (lambda: "a".partition(""), lambda: "a".rpartition(""), lambda: "a".partition(1), lambda: "a".partition()):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
"a.b.c".rpartition(".")
