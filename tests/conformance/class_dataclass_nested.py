from dataclasses import dataclass, field
from typing import List, Optional

@dataclass
class Employee:
    name: str
    salary: float
    manager: Optional["Employee"] = None
    reports: List["Employee"] = field(default_factory=list)

    def add(self, e: "Employee") -> None:
        e.manager = self
        self.reports.append(e)

    @property
    def chain(self) -> List[str]:
        out, cur = [], self
        while cur:
            out.append(cur.name)
            cur = cur.manager
        return out

boss = Employee("ann", 100.0)
bob = Employee("bob", 50.0)
boss.add(bob)
print(bob.chain, len(boss.reports), boss.reports[0].name)
print(Employee("x", 1.0) == Employee("x", 1.0), Employee("x", 1.0) == Employee("x", 2.0))
print(repr(Employee("z", 3)))

@dataclass
class Config:
    debug: bool = False
    level: int = field(default=1, repr=False)
    tags: tuple = ()

print(Config(), Config(True, 5, ("a",)), Config(tags=("x",)).tags)
c = Config()
c.debug = True
print(c)

@dataclass(kw_only=True)
class Opts:
    a: int
    b: int = 2
print(Opts(a=1))
try:
    Opts(1)
except TypeError as e:
    print(e)
print(bob)
print(boss)
