from typing import NamedTuple
class Emp(NamedTuple):
    name: str
    dept: str
    salary: int = 50000
    def raise_by(self, pct):
        return self._replace(salary=int(self.salary * (1 + pct / 100)))
emps = [Emp("a", "eng", 100000), Emp("b", "ops"), Emp("c", "eng", 90000)]
print(emps[1], emps[0].raise_by(10))
print(sorted(emps, key=lambda e: e.salary)[0].name, max(emps, key=lambda e: e.salary))
from collections import defaultdict
by = defaultdict(list)
for e in emps:
    by[e.dept].append(e.name)
print(dict(by), Emp._fields, Emp._field_defaults)
emps[0].salary = 1
