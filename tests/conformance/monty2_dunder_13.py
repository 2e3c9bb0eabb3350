# __hash__ consistent with __eq__ across int and custom class
class Key:
    def __init__(self, k):
        self.k = k
    def __hash__(self):
        return hash(self.k)
    def __eq__(self, other):
        if isinstance(other, Key):
            return self.k == other.k
        return self.k == other

d = {Key(1): "one", Key("a"): "A"}
assert d[Key(1)] == "one"
assert d[1] == "one"
assert d["a"] == "A"
assert 1 in {Key(1)}
s = {Key(1), 1}
assert len(s) == 1
print(len(d), d[Key("a")])
try:
    d[Key(2)]
except Exception as e:
    print(type(e).__name__, type(e.args[0]).__name__)
