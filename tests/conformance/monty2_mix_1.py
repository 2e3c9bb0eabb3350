# custom hashable objects in set algebra
class Tag:
    def __init__(self, name):
        self.name = name.lower()
    def __eq__(self, other):
        return isinstance(other, Tag) and self.name == other.name
    def __hash__(self):
        return hash(self.name)
    def __repr__(self):
        return f"#{self.name}"

a = {Tag("Py"), Tag("C"), Tag("go")}
b = {Tag("py"), Tag("Rust")}
assert a & b == {Tag("PY")}
assert len(a | b) == 4
assert sorted(a - b, key=lambda t: t.name) == [Tag("c"), Tag("go")]
assert sorted(map(repr, a ^ b)) == ["#c", "#go", "#rust"]
assert Tag("x") not in a
print(sorted(a | b, key=repr))
frozenset([Tag("a")]) | {[1]}
