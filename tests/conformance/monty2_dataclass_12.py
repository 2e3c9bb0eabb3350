# eq=False keeps identity equality; unsafe_hash
from dataclasses import dataclass

@dataclass(eq=False)
class Node:
    v: int

a = Node(1)
assert a != Node(1) and a == a
assert len({a, Node(1)}) == 2

@dataclass(unsafe_hash=True)
class Key:
    k: str

assert hash(Key("a")) == hash(Key("a"))
assert len({Key("a"), Key("a")}) == 1

@dataclass
class Plain:
    v: int

assert Plain.__hash__ is None
print(Node(3), Key("z"))
hash(Plain(1))
