from typing import NamedTuple
class P(NamedTuple):
    x: int
    y: int = 0
print(P(1))
P()
