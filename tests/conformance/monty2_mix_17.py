# __eq__ used by list.remove, list.count, in, and index
class Near:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        o = other.v if isinstance(other, Near) else other
        return abs(self.v - o) < 0.5
    def __repr__(self):
        return f"~{self.v}"

xs = [Near(1.0), Near(2.0), Near(2.2), Near(3.0)]
assert xs.count(Near(2.1)) == 2
assert xs.index(Near(2.9)) == 3
assert 1.2 in xs
xs.remove(2.4)
assert repr(xs) == "[~1.0, ~2.2, ~3.0]"
print(xs)
xs.remove(10)
