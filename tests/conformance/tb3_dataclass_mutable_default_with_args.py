from dataclasses import dataclass
@dataclass(order=True)
class Item:
    name: str
    tags: dict = {}
