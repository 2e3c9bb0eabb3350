from dataclasses import dataclass
@dataclass(frozen=True, order=True)
class P:
    x: int
p = P(1)
del p.x
