class Vec:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __iter__(self):
        return iter((self.x, self.y))
    def __repr__(self):
        cls = type(self).__name__
        return f"{cls}({self.x!r}, {self.y!r})"
    def __eq__(self, o):
        return tuple(self) == tuple(o)
    def __hash__(self):
        return hash(tuple(self))
    def __lt__(self, o):
        return tuple(self) < tuple(o)
vs = {Vec(1, 2), Vec(1, 2), Vec(0, 5)}
print(sorted(vs), len(vs), Vec(1, 2) in vs, Vec("a", None))
print(dict.fromkeys([Vec(1, 1)], 0))
Vec(1, 2).z = 3
