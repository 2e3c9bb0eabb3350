# dataclass __post_init__ and field(init=False)
from dataclasses import dataclass, field
@dataclass
class Rect:
    w: float
    h: float
    area: float = field(init=False)
    def __post_init__(self):
        if self.w < 0 or self.h < 0:
            raise ValueError(f"negative size {self.w}x{self.h}")
        self.area = self.w * self.h
r = Rect(2, 3)
print(r, r.area)
Rect(-1, 2)
