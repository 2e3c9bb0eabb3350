from dataclasses import dataclass, field
@dataclass
class Bad:
    items: list = []
