# __eq__ and __hash__ together
class Key:
    def __init__(self, k):
        self.k = k
    def __eq__(self, o):
        return isinstance(o, Key) and self.k.lower() == o.k.lower()
    def __hash__(self):
        return hash(self.k.lower())
    def __repr__(self):
        return f"Key({self.k!r})"
d = {Key("A"): 1}
d[Key("a")] = 2
print(d, Key("X") in {Key("x")}, len({Key("q"), Key("Q"), Key("r")}))
class NoEq:
    pass
n = NoEq()
print(n == n, n == NoEq(), {n: 1}[n])
Key("a") < Key("b")
