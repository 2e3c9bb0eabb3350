# how a dataclass's generated methods print, bound and unbound
from dataclasses import dataclass
@dataclass
class Point:
    x: int
    y: int = 0
class Sub(Point):
    pass
print(repr(Point.__init__).startswith("<function Point.__init__ at 0x"))
print(Point(1, 2).__repr__, Point(3).__eq__)
print(Sub(5).__init__.__qualname__, Sub.__repr__.__qualname__)
print(Point.__init__ is Point.__init__, Point.__eq__(Point(1), Point(1)))
