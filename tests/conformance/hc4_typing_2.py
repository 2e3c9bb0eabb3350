from typing import NamedTuple

class Employee(NamedTuple):
    name: str
    id: int = 3
    dept: str = "eng"

    def badge(self) -> str:
        return f"{self.name}#{self.id}"

e = Employee("ann")
print(e, e.badge(), e._replace(id=7), e._asdict(), Employee._fields, Employee._field_defaults)
name, ident, dept = e
print(name, ident, dept, e[0], len(e), e == ("ann", 3, "eng"))
e.name = "x"
