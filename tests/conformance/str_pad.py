for w in (-1, 0, 2, 3, 6, 7):
    print(w, repr("abc".center(w)), repr("abc".ljust(w, "*")), repr("abc".rjust(w, "é")), repr("abc".zfill(w)))
print("ab".center(5), "|" + "ab".center(6) + "|", "a".center(4, "-"), "é".center(3, "😀"))
print("-42".zfill(6), "+7".zfill(4), "x".zfill(3), "-".zfill(3), "".zfill(2), "--1".zfill(5))
for bad in (lambda: "a".center(), lambda: "a".center(1.5), lambda: "a".center(5, "ab"),
            lambda: "a".ljust(5, ""), lambda: "a".rjust(5, 1), lambda: "a".zfill("3"),
            lambda: "a".center(5, fillchar="x")):
    try:
        bad()
    except TypeError as e:
        print(e)
"title".center(11, "=")
