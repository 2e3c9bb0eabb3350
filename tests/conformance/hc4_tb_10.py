class Inventory:
    def __init__(self):
        self.stock = {}

    def take(self, item, n):
        if self.stock.get(item, 0) < n:
            raise LookupError(f"not enough {item}: want {n}, have {self.stock.get(item, 0)}")
        self.stock[item] -= n

inv = Inventory()
inv.stock["bolt"] = 3
inv.take("bolt", 2)
inv.take("bolt", 2)
