from dataclasses import dataclass, field
from typing import Optional
@dataclass
class Address:
    city: str
    zip: Optional[str] = None
@dataclass
class Person:
    name: str
    age: int
    address: Address = field(default_factory=lambda: Address("Nowhere"))
    tags: list[str] = field(default_factory=list)
people = [Person("A", 30), Person("B", 25, Address("Paris", "75001"), ["x"])]
for p in sorted(people, key=lambda p: p.age):
    print(p)
print(Person.__annotations__)
from dataclasses import asdict
print(asdict(people[1]))
