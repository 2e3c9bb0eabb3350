from dataclasses import dataclass, field
@dataclass(order=True)
class Task:
    priority: int
    name: str = field(compare=False)
    done: bool = field(default=False, repr=False)
tasks = [Task(3, "write"), Task(1, "plan"), Task(2, "code"), Task(1, "coffee")]
print(sorted(tasks))
print(min(tasks), Task(1, "a") == Task(1, "b"), Task(1, "a") < Task(2, "a"))
print([t.name for t in sorted(tasks, reverse=True)])
Task(5, "z", True)
