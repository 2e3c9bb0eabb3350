from dataclasses import dataclass
@dataclass(frozen=True, eq=False, repr=False)
class P:
    x: int
P(1).x = 3
