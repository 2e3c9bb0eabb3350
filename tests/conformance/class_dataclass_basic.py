from dataclasses import dataclass, field, fields, asdict, astuple, replace, is_dataclass

@dataclass
class Point:
    x: int
    y: int = 0

    def norm1(self):
        return abs(self.x) + abs(self.y)

p = Point(1, 2)
print(p, Point(3), Point(y=5, x=4), p.norm1(), p == Point(1, 2), p != Point(2, 1))
print([f.name for f in fields(p)], asdict(p), astuple(p), replace(p, y=9), is_dataclass(p), is_dataclass(Point), is_dataclass(3))
print(Point.__match_args__, Point.y, p.__dict__)
try:
    hash(p)
except TypeError as e:
    print(e)

@dataclass
class Inventory:
    name: str
    items: list[str] = field(default_factory=list)
    count: int = field(default=0, repr=False)
    tags: dict = field(default_factory=dict, compare=False)

a = Inventory("a")
b = Inventory("a")
a.items.append("x")
print(a, b, a == b, a.items is not b.items, asdict(a))

@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0

vs = [Version(1, 2), Version(0, 9), Version(1)]
print(sorted(vs), max(vs), Version(1) < Version(1, 1), hash(Version(1, 2)) == hash(Version(1, 2)))
print({Version(1): "one"}[Version(1, 0)])

@dataclass
class Line:
    start: Point
    end: Point
    label: str = ""

ln = Line(Point(0, 0), Point(3, 4), "diag")
print(ln, asdict(ln), astuple(ln))

@dataclass
class Point3(Point):
    z: int = 0
print(Point3(1, 2, 3), [f.name for f in fields(Point3)], isinstance(Point3(1), Point))
