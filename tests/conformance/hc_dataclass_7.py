from dataclasses import dataclass, field
@dataclass(slots=True)
class S:
    a: int
    b: str = "b"
s = S(1)
print(s, s.a, s.b)
@dataclass(kw_only=True)
class K:
    a: int
    b: int = 2
print(K(a=1), K(b=3, a=0))
@dataclass(eq=False)
class NoEq:
    v: int
print(NoEq(1) == NoEq(1))
@dataclass
class WithInit:
    a: int
    b: int = field(init=False, default=10)
WithInit(5)
