from dataclasses import dataclass
from typing import Optional

@dataclass
class Task:
    title: str
    priority: int = 3
    done: bool = False
    parent: Optional["Task"] = None

tasks = [Task("write"), Task("review", 1), Task("deploy", 2, parent=None), Task("test", 1, True)]
pending = sorted((t for t in tasks if not t.done), key=lambda t: (t.priority, t.title))
print([t.title for t in pending])
tasks[0].done = True
print(sum(t.done for t in tasks), pending[0])
[t.title for t in tasks if t.priority == 1]
