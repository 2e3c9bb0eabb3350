from dataclasses import replace, dataclass
@dataclass
class P:
    x: int
replace(P(1), z=2)
