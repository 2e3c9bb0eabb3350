from dataclasses import dataclass, field, asdict, fields
@dataclass
class Address:
    city: str
    zip: str = "00000"
@dataclass
class Person:
    name: str
    address: Address
    tags: list = field(default_factory=list)
    secret: str = field(default="x", compare=False, repr=False)
p = Person("Ann", Address("Oslo"), ["a"])
print(p)
print(asdict(p))
print(p == Person("Ann", Address("Oslo"), ["a"], secret="different"))
print([(f.name, f.type.__name__ if isinstance(f.type, type) else f.type) for f in fields(Person)])
@dataclass
class Other:
    name: str
print(Other("Ann") == Person("Ann", Address("x")), Other("a") == Other("a"))
@dataclass(order=True)
class V:
    n: int
try:
    V(1) < Other("x")
except TypeError as e:
    print(e)
