from dataclasses import dataclass, field, InitVar, fields
from typing import ClassVar

@dataclass(order=True)
class Rec:
    sort_key: int = field(init=False, repr=False)
    name: str
    size: int = field(compare=False, default=0)
    scale: InitVar[int] = 1
    registry: ClassVar[list] = []

    def __post_init__(self, scale):
        self.sort_key = len(self.name) * scale
        Rec.registry.append(self.name)

a = Rec("abc", 5)
b = Rec("z", 9, scale=10)
print(a, b, a < b, a == Rec("abc", 99), [f.name for f in fields(Rec)], Rec.registry)
try:
    a < 5
except TypeError as e:
    print(e)
