from dataclasses import dataclass, field, FrozenInstanceError, KW_ONLY, InitVar
from typing import ClassVar

@dataclass
class P:
    x: int
    y: int

for args, kw in [((1,), {}), ((), {}), ((1, 2, 3), {}), ((1,), {"x": 2}), ((1, 2), {"z": 3})]:
    try:
        P(*args, **kw)
    except TypeError as e:
        print(e)

@dataclass(frozen=True)
class F:
    a: int
f = F(1)
try:
    f.a = 2
except FrozenInstanceError as e:
    print(type(e).__name__, e, isinstance(e, AttributeError))
try:
    del f.a
except AttributeError as e:
    print(e)

try:
    @dataclass
    class Bad:
        a: int = 1
        b: int
except TypeError as e:
    print(e)

try:
    @dataclass
    class Mut:
        a: list = []
except ValueError as e:
    print(e)

try:
    field(default=1, default_factory=list)
except ValueError as e:
    print(e)

@dataclass
class K:
    a: int
    _: KW_ONLY
    b: int = 2
    c: int
    total: ClassVar[int] = 0
    scale: InitVar[int] = 1

    def __post_init__(self, scale):
        self.a *= scale
        K.total += 1

print(K(1, c=3), K(2, b=5, c=6, scale=10), K.total)
try:
    K(1, 2, 3)
except TypeError as e:
    print(e)
try:
    K(1)
except TypeError as e:
    print(e)

@dataclass(eq=False)
class Ident:
    v: int
print(Ident(1) == Ident(1), hash(Ident(1)) != 0)

@dataclass
class WithRepr:
    v: int
    def __repr__(self):
        return "custom"
print(WithRepr(1), [WithRepr(2)])
P(1)
