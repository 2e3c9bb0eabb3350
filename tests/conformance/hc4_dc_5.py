from dataclasses import dataclass, field, KW_ONLY

@dataclass(slots=True)
class P:
    x: int
    y: int = 0

@dataclass(kw_only=True)
class Opts:
    verbose: bool = False
    level: int = 1

@dataclass
class Mixed:
    a: int
    _: KW_ONLY
    b: int = 2

p = P(1)
print(p, hasattr(p, "__dict__"), Opts(level=3), Mixed(1, b=5))
try:
    Opts(True)
except TypeError as e:
    print(e)
@dataclass
class Bad:
    a: int = 0
    b: int
