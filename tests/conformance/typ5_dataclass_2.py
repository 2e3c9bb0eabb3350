# an error in a generated __init__ names it
from dataclasses import dataclass
@dataclass
class P:
    x: int
P(1, 2)
