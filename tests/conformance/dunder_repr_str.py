class V:
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return f"V({self.x!r})"

class W(V):
    def __str__(self):
        return f"<{self.x}>"

v, w = V("a"), W(2)
print(v, [v], {1: v}, (v,), repr(v), str(v), f"{v}", f"{v!r}")
print(w, [w], str(w), repr(w), f"{w}", "%s %r" % (w, w))

class BadRepr:
    def __repr__(self):
        return 42

try:
    repr(BadRepr())
except TypeError as e:
    print(e)

class BadStr:
    def __str__(self):
        return None

try:
    str(BadStr())
except TypeError as e:
    print(e)
print([BadRepr()])
