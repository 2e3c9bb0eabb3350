from dataclasses import dataclass
@dataclass
class Item:
    price: float
    def __post_init__(self):
        if self.price < 0:
            raise ValueError("negative price")
Item(-1)
