# frozen and ordered dataclasses
from dataclasses import dataclass, FrozenInstanceError
@dataclass(frozen=True, order=True)
class Ver:
    major: int
    minor: int = 0
vs = [Ver(1, 2), Ver(0, 9), Ver(1, 0)]
print(sorted(vs), max(vs), Ver(1) < Ver(1, 1), {Ver(1): "a"}[Ver(1, 0)])
try:
    vs[0].major = 5
except FrozenInstanceError as e:
    print(type(e).__name__, e)
vs[0].minor = 3
