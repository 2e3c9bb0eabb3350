# kw_only fields and field ordering
from dataclasses import dataclass, field

@dataclass(kw_only=True)
class Opts:
    verbose: bool = False
    level: int

o = Opts(level=3)
assert o == Opts(verbose=False, level=3)
assert repr(o) == "Opts(verbose=False, level=3)"

@dataclass
class Mixed:
    a: int
    b: int = field(kw_only=True, default=2)
    c: int = 3

m = Mixed(1, 5, b=7)
assert (m.a, m.b, m.c) == (1, 7, 5)
print(o, m)
Opts(True, 3)
