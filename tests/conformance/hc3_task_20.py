from dataclasses import dataclass, field
from typing import List
@dataclass
class Employee:
    name: str
    manager: str | None = None
    reports: List["Employee"] = field(default_factory=list, repr=False)
staff = {n: Employee(n, m) for n, m in [("ceo", None), ("cto", "ceo"), ("dev1", "cto"), ("dev2", "cto"), ("cfo", "ceo")]}
for e in staff.values():
    if e.manager:
        staff[e.manager].reports.append(e)
def org(e, depth=0):
    print("  " * depth + e.name)
    for r in e.reports:
        org(r, depth + 1)
org(staff["ceo"])
print(staff["cto"])
