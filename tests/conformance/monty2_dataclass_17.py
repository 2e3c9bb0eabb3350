# dataclass with ClassVar not a field
from dataclasses import dataclass, fields
from typing import ClassVar

@dataclass
class Counter:
    instances: ClassVar[int] = 0
    name: str = "c"
    def __post_init__(self):
        Counter.instances += 1

Counter()
Counter("b")
assert Counter.instances == 2
assert [f.name for f in fields(Counter)] == ["name"]
print(Counter("q"), Counter.instances)
Counter("a", 1)
