class P:
    def __format__(self, spec):
        return f"P<{spec or 'default'}>"
    def __str__(self):
        return "P-str"
    def __repr__(self):
        return "P-repr"
p = P()
print(f"{p}", f"{p:xyz}", f"{p!s}", f"{p!r}", format(p, "q"), str(p))
print(format(3.14159, ".3f"), format(42, "x"), format("s", "^5"), format(1234, ","))
print("{} {:>4} {name}".format(1, 2, name="n"), "{0}{1}{0}".format("a", "b"))
print("%s is %d years, %.1f%%" % ("Bob", 30, 99.5), "%5s|%-5s|" % ("a", "b"), "%r" % ("x",))
print("{:{w}}|".format(5, w=4), "%(a)s-%(b)s" % {"a": 1, "b": 2})
"{} {}".format(1)
