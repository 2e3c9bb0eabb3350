# repr/str conversions in f-strings with custom classes
class V:
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return f"V({self.x!r})"
    def __str__(self):
        return f"<{self.x}>"
v = V("q")
print(f"{v}", f"{v!r}", f"{v!s}", f"{[v]}", str([v]), f"{v!r:>10}", f"{v!s:_<6}")
print("%s %r" % (v, v), "{} {!r}".format(v, v))
f"{V(V(1))!r}"
