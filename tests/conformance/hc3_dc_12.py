from dataclasses import dataclass, field
import itertools
_ids = itertools.count(1)
@dataclass(eq=False)
class Ticket:
    title: str
    id: int = field(default_factory=lambda: next(_ids))
    tags: set = field(default_factory=set)
t1, t2 = Ticket("a"), Ticket("b", tags={3, 1})
print(t1, t2, t1 == Ticket("a"), t1 == t1)
print(hash(t1) == hash(t1))
print([t.id for t in [Ticket("c"), Ticket("d")]])
