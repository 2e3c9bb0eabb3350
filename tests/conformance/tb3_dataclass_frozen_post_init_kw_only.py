from dataclasses import dataclass, field
@dataclass(frozen=True, kw_only=True)
class Point:
    x: int
    y: int = 0
    z: int = field(default=0, init=False)
    def __post_init__(self):
        pass
p = Point(x=1)
p.y = 5
