from dataclasses import dataclass, asdict, astuple, replace, fields
@dataclass(frozen=True)
class Point:
    x: int
    y: int = 0
p = Point(1, 2)
print(p, asdict(p), astuple(p), replace(p, y=9), [f.name for f in fields(p)])
print(hash(p) == hash(Point(1, 2)), {p: "ok"}[Point(1, 2)])
try:
    p.x = 5
except Exception as e:
    print(type(e).__name__, e)
