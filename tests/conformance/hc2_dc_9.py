# dataclasses in collections and sorting with key
from dataclasses import dataclass
@dataclass
class Task:
    title: str
    priority: int
    done: bool = False
tasks = [Task("write", 2), Task("test", 1), Task("ship", 3, True), Task("plan", 1)]
todo = sorted((t for t in tasks if not t.done), key=lambda t: (t.priority, t.title))
print([t.title for t in todo])
print(Task("a", 1) in tasks, Task("test", 1) in tasks, tasks.index(Task("ship", 3, True)))
print({t.priority for t in tasks}, max(tasks, key=lambda t: t.priority))
sorted(tasks)
