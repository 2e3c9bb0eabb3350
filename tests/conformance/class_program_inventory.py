from dataclasses import dataclass, field
from enum import Enum
from typing import Optional


class Category(Enum):
    FOOD = "food"
    TOOL = "tool"


class InventoryError(Exception):
    pass


class OutOfStock(InventoryError):
    def __init__(self, sku: str, wanted: int, have: int):
        super().__init__(f"{sku}: wanted {wanted}, have {have}")
        self.sku = sku


@dataclass(order=True)
class Item:
    sku: str
    name: str = field(compare=False)
    price: float = field(compare=False, default=0.0)
    category: Category = field(compare=False, default=Category.TOOL)


class Inventory:
    def __init__(self) -> None:
        self._stock: dict[str, int] = {}
        self._items: dict[str, Item] = {}

    def add(self, item: Item, qty: int = 1) -> "Inventory":
        self._items[item.sku] = item
        self._stock[item.sku] = self._stock.get(item.sku, 0) + qty
        return self

    def remove(self, sku: str, qty: int) -> None:
        have = self._stock.get(sku, 0)
        if qty > have:
            raise OutOfStock(sku, qty, have)
        self._stock[sku] = have - qty

    def __len__(self) -> int:
        return sum(self._stock.values())

    def __contains__(self, sku: object) -> bool:
        return self._stock.get(sku, 0) > 0

    def __iter__(self):
        for sku in sorted(self._items):
            yield self._items[sku], self._stock[sku]

    def value(self, category: Optional[Category] = None) -> float:
        return sum(item.price * n for item, n in self
                   if category is None or item.category is category)


inv = Inventory()
inv.add(Item("b-2", "bread", 2.5, Category.FOOD), 4).add(Item("h-1", "hammer", 12.0), 2)
print(len(inv), "b-2" in inv, "zz" in inv, inv.value(), inv.value(Category.FOOD))
for item, n in inv:
    print(f"{item.name:>8} x{n} [{item.category.value}] {item}")
try:
    inv.remove("h-1", 5)
except InventoryError as e:
    print(type(e).__name__, e, e.sku, isinstance(e, Exception))
inv.remove("h-1", 2)
print("h-1" in inv, sorted(i for i, _ in inv)[0].sku, max(i for i, _ in inv).sku)
inv.remove("b-2", 10)
