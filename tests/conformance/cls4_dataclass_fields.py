# dataclasses.fields(): each Field's name, type, default, default_factory and flags
from dataclasses import dataclass, field, fields, MISSING, KW_ONLY, InitVar, Field
from typing import ClassVar, Optional

@dataclass
class Address:
    city: str
    zip: str = "00000"

@dataclass
class Person:
    name: str
    age: int
    address: Address
    tags: list[str] = field(default_factory=list)
    nick: Optional[str] = None
    score: "float" = 0.0
    secret: str = field(default="x", compare=False, repr=False)
    registry: ClassVar[dict] = {}
    _: KW_ONLY
    active: bool = True
    extra: dict = field(default_factory=dict, init=False, hash=False, metadata={"unit": "m"})

for f in fields(Person):
    t = f.type.__name__ if isinstance(f.type, type) else f.type
    print(f.name, t, f.default is MISSING, f.default_factory is MISSING, f.init, f.repr,
          f.compare, f.hash, f.kw_only, isinstance(f, Field))

print([f.default for f in fields(Person) if f.default is not MISSING])
print([f.default_factory() for f in fields(Person) if f.default_factory is not MISSING])
print(fields(Person)[-1].metadata["unit"], fields(Person)[4].type == Optional[str])
print(fields(Person)[3].type, fields(Person)[3].type == list[str])
print(repr(MISSING).startswith("<dataclasses._MISSING_TYPE object"), field().type, field().name)

def make_local():
    class Local:
        pass
    @dataclass
    class Holder:
        item: Local
        count: int = 0
    return [f.type is Local for f in fields(Holder)], fields(Holder)[1].type

print(make_local())

@dataclass
class Child(Address):
    country: str = "NO"

print([(f.name, f.type.__name__) for f in fields(Child)])

@dataclass
class WithInit:
    a: int
    b: InitVar[int] = 0
    def __post_init__(self, b):
        self.total = self.a + b

w = WithInit(1, 2)
print([f.name for f in fields(w)], w.total)
try:
    fields(3)
except TypeError as e:
    print(e)
