from dataclasses import dataclass
@dataclass(slots=True)
class P:
    x: int
    y: int = 0
p = P(1)
print(p, P.__slots__)
p.z = 1
