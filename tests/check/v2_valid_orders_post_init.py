# stubs: orders.pyi
from dataclasses import dataclass, field


@dataclass
class Basket:
    skus: list[str]
    total: float = field(init=False, default=0.0)

    def __post_init__(self):
        for sku in self.skus:
            p = get_product(sku)
            if p is not None:
                self.total += p["price"]


b = Basket(["A", "B"])
print(f"{b.total:.2f}", len(b.skus))
