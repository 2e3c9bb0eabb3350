import json
class M:
    def __init__(self, v): self.v = v
    def __str__(self): return f"M{self.v}"
    def __repr__(self): return f"M({self.v})"
    def __radd__(self, o): return o + self.v
    def __add__(self, o): return self.v + (o.v if isinstance(o, M) else o)
    def __bool__(self): return self.v != 0
    def __index__(self): return self.v
    def __lt__(self, o): return self.v < o.v
ms = [M(3), M(0), M(2)]
print(sum(ms), any(ms), all(ms), sorted(ms), max(ms, key=lambda m: -m.v), min(ms))
print("%s|%r|%d|%x" % (ms[0], ms[0], ms[0], ms[0]), "{} {!r} {:>5}".format(ms[0], ms[0], str(ms[0])))
print(json.dumps({"m": ms[0]}, default=lambda o: o.__dict__), json.dumps(ms, default=str))
try:
    ",".join(ms)
except TypeError as e:
    print(e)
print(list(enumerate(ms))[:1], dict(zip("ab", ms)), [m for m in ms if m], list(filter(None, ms)))
print(range(10)[M(2)], [1, 2, 3][M(1):], "abcdef"[M(1):M(4)], list(range(M(3))), bin(M(5)), chr(M(65)))
print(M(1) + M(2), 5 + M(1), M(2) + 1, sum([M(1), M(2)], M(10)))
x = {M(1): 1}
print(len(x), f"{ms[0]!s:>4}|{ms[0]!r:<6}|")
try:
    [1, 2][M(5)]
except IndexError as e:
    print(e)
print(isinstance(M(1), object), issubclass(M, object), callable(M), callable(M(1)))
print(str(M), repr(M).startswith("<class"), M.__name__, type(M(1)) == M)
