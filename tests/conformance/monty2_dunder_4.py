# __repr__ vs __str__ inside containers and f-strings
class Tag:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return f"Tag({self.name!r})"
    def __str__(self):
        return f"<{self.name}>"

t = Tag("b")
assert str(t) == "<b>"
assert repr(t) == "Tag('b')"
assert str([t]) == "[Tag('b')]"
assert f"{t}" == "<b>"
assert f"{t!r}" == "Tag('b')"
assert f"{t!s:>6}" == "   <b>"
assert str((t, t)) == "(Tag('b'), Tag('b'))"
assert str({"k": t}) == "{'k': Tag('b')}"
print(t, [t], {t.name: t})
f"{[t, Tag('i')]}"
