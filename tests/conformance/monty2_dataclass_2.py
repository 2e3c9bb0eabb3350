# field(default_factory) gives each instance its own list
from dataclasses import dataclass, field

@dataclass
class Inventory:
    owner: str
    items: list = field(default_factory=list)
    tags: dict = field(default_factory=dict)

a = Inventory("a")
b = Inventory("b")
a.items.append("sword")
a.tags["rare"] = True
assert b.items == [] and b.tags == {}
assert repr(a) == "Inventory(owner='a', items=['sword'], tags={'rare': True})"
print(a)
print(b)
