from dataclasses import dataclass, field

@dataclass
class Base:
    id: int
    name: str = "unnamed"

@dataclass
class Employee(Base):
    salary: float = 0.0
    skills: tuple = ()

    def __post_init__(self):
        if self.salary < 0:
            raise ValueError("salary must be >= 0")
        self.name = self.name.title()

e = Employee(1, "jane doe", 100.0, ("py",))
print(e)
print(Employee(2))
print(e == Employee(1, "Jane Doe", 100.0, ("py",)))
Employee(3, "x", -1)
