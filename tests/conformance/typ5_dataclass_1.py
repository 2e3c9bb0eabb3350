# the methods a dataclass generates are named after their class
from dataclasses import dataclass, field
@dataclass(order=True, frozen=True)
class Point:
    x: int
    y: int = 0
print(Point.__init__.__name__, Point.__init__.__qualname__, Point.__repr__.__qualname__)
print(Point.__lt__.__qualname__, Point.__eq__.__name__, Point.__hash__.__qualname__)
print(Point.__setattr__.__qualname__, Point.__delattr__.__name__)
@dataclass
class Outer:
    @dataclass
    class Inner:
        a: list = field(default_factory=list)
print(Outer.Inner.__init__.__qualname__, Outer.__init__.__qualname__)
print(Point(1).__init__.__qualname__, Point(1, 2).__repr__.__name__)
