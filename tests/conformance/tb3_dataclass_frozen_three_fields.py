from dataclasses import dataclass, field
@dataclass(frozen=True)
class P:
    x: int
    y: int = 0
    z: list = field(default_factory=list)
p = P(1)
p.y = 2
