from dataclasses import dataclass, field
def make_tags():
    raise RuntimeError("no tags")
@dataclass
class Item:
    name: str
    price: float = 0.0
    tags: list = field(default_factory=make_tags)
Item("a")
