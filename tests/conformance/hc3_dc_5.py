from dataclasses import dataclass
@dataclass
class Base:
    id: int
    name: str = "?"
@dataclass
class Employee(Base):
    salary: float = 0.0
    def raise_(self, pct):
        self.salary = round(self.salary * (1 + pct / 100), 2)
        return self
e = Employee(1, "ann", 1000)
print(e, e.raise_(10), isinstance(e, Base))
print(Employee(2))
print(repr(Employee(3, salary=5)))
