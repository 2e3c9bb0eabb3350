# sorting objects by multiple attributes with tuple keys and reverse
class Emp:
    def __init__(self, name, dept, salary):
        self.name, self.dept, self.salary = name, dept, salary
    def __repr__(self):
        return self.name

staff = [Emp("a", "ops", 50), Emp("b", "dev", 70), Emp("c", "dev", 60), Emp("d", "ops", 50)]
by_dept = sorted(staff, key=lambda e: (e.dept, -e.salary, e.name))
assert repr(by_dept) == "[b, c, a, d]"
top = max(staff, key=lambda e: e.salary)
assert top.name == "b"
groups = {}
for e in staff:
    groups.setdefault(e.dept, []).append(e)
summary = {d: sum(e.salary for e in es) for d, es in sorted(groups.items())}
assert summary == {"dev": 130, "ops": 100}
print(by_dept, summary)
sorted(staff)
