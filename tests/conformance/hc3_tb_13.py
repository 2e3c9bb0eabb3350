from dataclasses import dataclass
@dataclass
class Order:
    qty: int
    price: float
    def __post_init__(self):
        if self.qty <= 0:
            raise ValueError(f"qty must be positive: {self.qty}")
orders = [Order(1, 2.0), Order(0, 1.0)]
