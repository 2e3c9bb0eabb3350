from dataclasses import dataclass

@dataclass
class Order:
    qty: int
    price: float

    def __post_init__(self):
        if self.qty <= 0:
            raise ValueError(f"qty must be positive, got {self.qty}")

print(Order(2, 3.0))
Order(0, 1.0)
