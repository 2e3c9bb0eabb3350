# dataclass default values shared for immutable defaults, repr of nested containers with dataclasses
from dataclasses import dataclass, field

@dataclass
class Leaf:
    v: int = 0

@dataclass
class Tree:
    leaves: list = field(default_factory=lambda: [Leaf(1), Leaf(2)])
    meta: dict = field(default_factory=lambda: {"k": Leaf()})
    label: str = "t"

t1, t2 = Tree(), Tree()
assert t1 == t2 and t1.leaves is not t2.leaves
t1.leaves.append(Leaf(3))
assert t1 != t2
print(t1)
print(t2.meta)
