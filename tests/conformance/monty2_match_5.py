# match on dataclasses with keyword patterns and nested
from dataclasses import dataclass

@dataclass
class User:
    name: str
    role: str
    age: int

def access(u):
    match u:
        case User(role="admin"):
            return "all"
        case User(name=n, role="staff", age=a) if a >= 18:
            return f"staff {n}"
        case User(age=a) if a < 18:
            return "minor"
        case User(name=str(n)):
            return "guest " + n

assert access(User("a", "admin", 5)) == "all"
assert access(User("b", "staff", 30)) == "staff b"
assert access(User("c", "staff", 10)) == "minor"
assert access(User("d", "x", 40)) == "guest d"
print([access(User(n, "staff", a)) for n, a in [("e", 18), ("f", 17)]])
