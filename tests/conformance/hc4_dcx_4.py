from dataclasses import dataclass, field, replace, InitVar
@dataclass
class D:
    a: int
    secret: InitVar[str] = "dflt"
    hidden: int = field(default=0, init=False)
    def __post_init__(self, secret):
        self.seen = secret
d = D(1, "s")
e = replace(d, a=2)
print(e, e.seen)
@dataclass
class NoDefault:
    a: int
    token: InitVar[int]
    def __post_init__(self, token):
        self.t = token
try:
    replace(NoDefault(1, 2), a=3)
except TypeError as ex:
    print(ex)
print(replace(NoDefault(1, 2), token=5).t)
replace(d, hidden=3)
