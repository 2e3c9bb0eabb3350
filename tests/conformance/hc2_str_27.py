# str subclass
class Tag(str):
    def wrap(self):
        return f"<{self}>"
    def __repr__(self):
        return f"Tag({str.__repr__(self)})"
t = Tag("div")
print(t, repr(t), t.wrap(), t.upper(), type(t.upper()).__name__, isinstance(t, str))
print(t == "div", t + "x", len(t), t[0], sorted([Tag("b"), Tag("a")]))
print({t: 1}["div"], "div" in [t])
[Tag("x")]
