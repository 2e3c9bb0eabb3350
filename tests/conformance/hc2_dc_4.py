# dataclass utilities
from dataclasses import dataclass, asdict, astuple, replace, fields, is_dataclass
@dataclass
class Addr:
    city: str
    zip: str = "00000"
@dataclass
class User:
    name: str
    addr: Addr
    roles: tuple = ()
u = User("ann", Addr("Oslo"), ("admin",))
print(asdict(u))
print(astuple(u), replace(u, name="bob"), [f.name for f in fields(User)])
print(is_dataclass(u), is_dataclass(User), is_dataclass(5))
replace(u, nickname="x")
