# sorted/min/max with __lt__
class Ver:
    def __init__(self, major, minor):
        self.major = major
        self.minor = minor
    def __lt__(self, other):
        return (self.major, self.minor) < (other.major, other.minor)
    def __repr__(self):
        return f"Ver({self.major}, {self.minor})"

vs = [Ver(1, 2), Ver(0, 9), Ver(1, 0), Ver(2, 0)]
s = sorted(vs)
assert repr(s) == "[Ver(0, 9), Ver(1, 0), Ver(1, 2), Ver(2, 0)]", repr(s)
assert repr(min(vs)) == "Ver(0, 9)"
assert repr(max(vs)) == "Ver(2, 0)"
assert repr(sorted(vs, reverse=True)[0]) == "Ver(2, 0)"
print(s)
max(vs, key=lambda v: v.minor)
