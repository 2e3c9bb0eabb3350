import copy
from dataclasses import dataclass, field
from enum import Enum
config = {"db": {"host": "x", "ports": [1, 2]}, "tags": ("a", ["b"]), "n": 1.5, "s": {3, 1}}
shallow = copy.copy(config)
deep = copy.deepcopy(config)
config["db"]["ports"].append(3)
config["tags"][1].append("c")
print(shallow["db"]["ports"], deep["db"]["ports"], shallow["tags"], deep["tags"])
print(shallow is config, shallow == config, deep == config, deep["s"], type(deep["s"]).__name__)
shared = [1, 2]
pair = [shared, shared, (shared,)]
c = copy.deepcopy(pair)
print(c[0] is c[1], c[2][0] is c[0], c[0] is shared)
loop = [1]
loop.append(loop)
lc = copy.deepcopy(loop)
print(lc[1] is lc, lc is loop, lc)
t = (1, "a", (2.5, None))
print(copy.deepcopy(t) is t, copy.copy(t) is t, copy.copy([1, [2]])[1] is [1, [2]][1])
@dataclass
class Item:
    name: str
    tags: list = field(default_factory=list)
a = Item("x", ["t"])
b, d = copy.copy(a), copy.deepcopy(a)
a.tags.append("u")
print(b, d, b == a, b is a, type(d).__name__)
class Color(Enum):
    RED = 1
print(copy.copy(Color.RED) is Color.RED, copy.deepcopy([Color.RED])[0] is Color.RED)
print(copy.copy(frozenset({1})), copy.deepcopy(bytearray(b"ab")), copy.copy(len) is len, copy.deepcopy(Item) is Item)
