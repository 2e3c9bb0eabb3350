from dataclasses import dataclass
@dataclass
class A:
    x: int
A(1, 2)
