from dataclasses import dataclass, KW_ONLY
@dataclass
class Opts:
    name: str
    _: KW_ONLY
    verbose: bool = False
    level: int = 1
o = Opts("x", verbose=True)
print(o)
@dataclass(kw_only=True)
class K:
    a: int
    b: int = 2
print(K(a=1), K(b=5, a=0))
Opts("y", True)
