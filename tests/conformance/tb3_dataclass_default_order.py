from dataclasses import dataclass, field
@dataclass
class P:
    x: int = 1
    y: int
