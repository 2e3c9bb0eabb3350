# dataclass eq between subclasses, repr with nested and default_factory per instance
from dataclasses import dataclass, field
@dataclass
class A:
    x: int
    items: list = field(default_factory=list)
@dataclass
class B(A):
    y: int = 0
a1, a2 = A(1), A(1)
a1.items.append("q")
print(a1, a2, A(1) == B(1), B(1) == B(1, [], 0), B(2, y=3))
print(A.__eq__ is not object.__eq__)
B(1, 2, 3, 4)
