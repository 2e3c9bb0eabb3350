from dataclasses import dataclass
@dataclass
class Bad:
    items: list = []
