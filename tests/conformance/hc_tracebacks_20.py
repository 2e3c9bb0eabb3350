class Inventory:
    def __init__(self):
        self.items = {}
    def remove(self, name, qty):
        current = self.items[name]
        self.items[name] = current - qty
inv = Inventory()
inv.items["apple"] = 5
inv.remove("apple", 2)
print(inv.items)
inv.remove("pear", 1)
