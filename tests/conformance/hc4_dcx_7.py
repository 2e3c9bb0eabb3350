from dataclasses import dataclass, asdict, astuple, field
from typing import Optional

@dataclass
class Address:
    street: str
    unit: Optional[str] = None

@dataclass
class User:
    name: str
    email: Optional[str] = None
    address: Optional[Address] = None
    tags: list = field(default_factory=list)

def drop_none(pairs):
    return {k: v for k, v in pairs if v is not None}

u = User("ann", address=Address("Main St"), tags=[Address("x", "2")])
print(asdict(u, dict_factory=drop_none))
print(asdict(u, dict_factory=list))
print(astuple(u, tuple_factory=list))
print(astuple(Address("a"), tuple_factory=lambda xs: "|".join(map(str, xs))))
try:
    asdict(u, factory=dict)
except TypeError as e:
    print(e)
try:
    asdict(u, dict, dict)
except TypeError as e:
    print(e)
asdict(u, dict_factory=dict) == asdict(u)
