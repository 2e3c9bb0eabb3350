# dataclass with __eq__ override and sorting with key
from dataclasses import dataclass, field

@dataclass
class Task:
    title: str
    prio: int = 0
    tags: list = field(default_factory=list)

    def __eq__(self, other):
        return isinstance(other, Task) and self.title.lower() == other.title.lower()

ts = [Task("B", 2), Task("a", 1, ["x"]), Task("c", 2)]
assert Task("b") == Task("B", 9)
assert Task("A") in ts
ordered = sorted(ts, key=lambda t: (-t.prio, t.title))
assert [t.title for t in ordered] == ["B", "c", "a"]
print(ordered[0], ts.index(Task("C")))
hash(ts[0])
