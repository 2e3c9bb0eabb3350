class A:
    def __str__(self):
        return "A-str"
class B:
    def __repr__(self):
        return "B-repr"
class C:
    def __str__(self):
        return "C-str"
    def __repr__(self):
        return "C-repr"
items = [A(), B(), C()]
print(str(items[1]), repr(items[2]), str(items[2]), f"{items[2]}", f"{items[2]!r}")
print([B(), C()], (C(),), {"k": C()}, {C()} if False else "")
print("%s %r" % (C(), C()), "{} {!r}".format(C(), C()), format(C()))
print(str([1.0, 2.50, -0.0]), repr("it's"), repr('say "hi"'), repr("both ' \""))
print([str(x) for x in (1, 1.0, True, None, "s", b"b")])
print(repr([A()])[:14] == "[<__main__.A o")
