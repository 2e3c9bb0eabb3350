# dataclass options: slots=True, match_args=False, frozen inheritance rules
from dataclasses import dataclass

@dataclass(slots=True)
class P:
    x: int
    y: int = 0

p = P(1)
p.y = 5
assert p == P(1, 5)
try:
    p.z = 1
except AttributeError as e:
    print("AttributeError:", e)
print(P.__slots__, hasattr(p, "__dict__"))

@dataclass(match_args=False)
class Q:
    a: int

print(hasattr(Q, "__match_args__"))

@dataclass(frozen=True)
class Base:
    a: int

try:
    @dataclass
    class Child(Base):
        b: int = 0
except TypeError as e:
    print("TypeError:", e)

@dataclass
class Mut:
    a: int

try:
    @dataclass(frozen=True)
    class Child2(Mut):
        b: int = 0
except TypeError as e:
    print("TypeError:", e)
