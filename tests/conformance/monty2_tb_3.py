# traceback through a property getter used inside an f-string
class Order:
    def __init__(self, items):
        self.items = items
    @property
    def total(self):
        return sum(price for _, price in self.items)

o = Order([("a", 1.5), ("b", 2)])
print(f"total={o.total:.2f}")
bad = Order([("a", 1), ("b",)])
print(f"total={bad.total}")
