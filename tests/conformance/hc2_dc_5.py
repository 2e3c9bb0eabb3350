# dataclass inheritance and defaults ordering
from dataclasses import dataclass, field
@dataclass
class Base:
    id: int
    active: bool = True
@dataclass
class Child(Base):
    label: str = "none"
c = Child(5, label="x")
print(c, Child(1), c == Child(5, True, "x"))
try:
    @dataclass
    class Bad(Base):
        required: str
except TypeError as e:
    print(e)
@dataclass
class Mutable:
    items: list = []
