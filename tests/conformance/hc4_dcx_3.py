from dataclasses import dataclass, astuple, asdict, field
from typing import Any
@dataclass
class Leaf:
    v: int
@dataclass
class Tree:
    leaves: list[Leaf] = field(default_factory=list)
    meta: dict[str, Any] = field(default_factory=dict)
    pair: tuple = (Leaf(1), Leaf(2))
t = Tree([Leaf(3)], {"k": Leaf(4), "n": [Leaf(5)]})
print(asdict(t))
print(astuple(t))
print(asdict(t, dict_factory=lambda kv: dict((k.upper(), v) for k, v in kv)))
print(t == Tree([Leaf(3)], {"k": Leaf(4), "n": [Leaf(5)]}), t != Tree())
