from dataclasses import dataclass, field, replace, InitVar
@dataclass
class Base:
    name: str
    def __post_init__(self):
        self.name = self.name.strip()
@dataclass
class Derived(Base):
    level: int = 1
    secret: InitVar[str] = ""
    def __post_init__(self, secret):
        super().__post_init__()
        self.masked = "*" * len(secret)
d = Derived("  x  ", 2, "abc")
print(d, d.masked, d.name)
e = replace(d, level=3, secret="zz")
print(e, e.masked)
@dataclass(kw_only=True)
class K:
    a: int
    b: int = 2
@dataclass
class K2(K):
    c: int
print(K2(5, a=1), K2(c=1, a=2, b=3))
match d:
    case Derived(name, level):
        print("matched", name, level)
replace(d, missing=1)
