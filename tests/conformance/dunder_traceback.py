class Item:
    def __init__(self, name, price):
        self.name = name
        self.price = price

    def __repr__(self):
        cents = self.price * 100
        return f"Item({self.name}, {cents})"

    def __lt__(self, other):
        return self.price < other.price

items = [Item("a", 2.0), Item("b", 1.5)]
print(sorted(items), min(items))
items.append(Item("c", None))
print(items)
