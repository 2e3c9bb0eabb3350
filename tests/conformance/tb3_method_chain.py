class Cart:
    def __init__(self):
        self.items = []
    def add(self, name, price):
        self.items.append((name, price))
        return self
    def total(self):
        return sum(p for _, p in self.items)
Cart().add("a", 1).add("b", "2").total()
