from dataclasses import dataclass, field, asdict
from typing import List, Optional
@dataclass
class Address:
    city: str
    zip: Optional[str] = None
@dataclass
class Person:
    name: str
    age: int
    addresses: List[Address] = field(default_factory=list)
    def is_adult(self) -> bool:
        return self.age >= 18
p = Person("Ann", 30, [Address("Oslo"), Address("Rome", "00100")])
print(p)
print(asdict(p))
print(p.is_adult(), Person("Kid", 5).is_adult(), p == Person("Ann", 30, [Address("Oslo"), Address("Rome", "00100")]))
print(sorted([Person("b", 2), Person("a", 1)], key=lambda x: x.age))
Person("x")
