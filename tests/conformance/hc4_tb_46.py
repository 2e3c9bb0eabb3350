def check_all(items):
    return all(item.valid() for item in items)

class Item:
    def __init__(self, v):
        self.v = v
    def valid(self):
        return self.v > 0

print(check_all([Item(1), Item(2)]))
check_all([Item(1), Item(None)])
