from dataclasses import dataclass, field

@dataclass
class Inventory:
    items: dict[str, int] = field(default_factory=dict)
    log: list = field(default_factory=list, repr=False)
    def add(self, name, n=1):
        self.items[name] = self.items.get(name, 0) + n
        self.log.append(("add", name, n))
    def remove(self, name, n=1):
        have = self.items.get(name, 0)
        if have < n:
            raise ValueError(f"only {have} {name} left")
        self.items[name] = have - n

inv = Inventory()
inv.add("apple", 3)
inv.add("pear")
inv.remove("apple", 2)
print(inv, len(inv.log))
inv.remove("pear", 5)
