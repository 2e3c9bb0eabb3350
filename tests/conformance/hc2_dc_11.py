# the methods a dataclass generates are named after their class
from dataclasses import dataclass
@dataclass(order=True)
class Point:
    x: int
    y: int = 0
print(Point.__init__.__name__, Point.__init__.__qualname__, Point.__repr__.__qualname__)
print(Point.__lt__.__qualname__, Point.__eq__.__name__)
Point.__init__.__qualname__
