# __post_init__ validation and derived fields with init=False
from dataclasses import dataclass, field

@dataclass
class Rect:
    w: float
    h: float
    area: float = field(init=False)
    def __post_init__(self):
        if self.w < 0 or self.h < 0:
            raise ValueError(f"bad size {self.w}x{self.h}")
        self.area = self.w * self.h

r = Rect(2, 3)
assert r.area == 6
assert repr(r) == "Rect(w=2, h=3, area=6)"
print(r)
try:
    Rect(-1, 2)
except Exception as e:
    print(type(e).__name__ + ":", e)
