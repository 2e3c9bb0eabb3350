# typing.NamedTuple
from typing import NamedTuple
class Emp(NamedTuple):
    name: str
    dept: str = "eng"
    level: int = 1
    def label(self):
        return f"{self.name}@{self.dept}/L{self.level}"
e = Emp("kim")
print(e, e.label(), e._replace(level=3), Emp._fields, e._asdict())
print(sorted([Emp("b", level=2), Emp("a", "ops")]), e[0], tuple(e))
Emp()
