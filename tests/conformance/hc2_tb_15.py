# exception raised in __init__ of a dataclass __post_init__
from dataclasses import dataclass
@dataclass
class Range:
    lo: int
    hi: int
    def __post_init__(self):
        if self.lo > self.hi:
            raise ValueError(f"empty range {self.lo}..{self.hi}")
print(Range(1, 2))
Range(5, 1)
