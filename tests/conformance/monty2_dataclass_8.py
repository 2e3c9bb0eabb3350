# dataclass inheritance extends fields
from dataclasses import dataclass, fields

@dataclass
class Animal:
    name: str
    legs: int = 4

@dataclass
class Bird(Animal):
    legs: int = 2
    can_fly: bool = True

b = Bird("tweety")
assert repr(b) == "Bird(name='tweety', legs=2, can_fly=True)"
assert [f.name for f in fields(Bird)] == ["name", "legs", "can_fly"]
assert Bird("x", 1, False) == Bird("x", 1, False)
assert Animal("x", 2) != Bird("x", 2)
print(b)
Bird()
