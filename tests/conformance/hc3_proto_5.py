class Box:
    def __init__(self, items):
        self.items = items
    def __contains__(self, x):
        print("contains called")
        return x in self.items
    def __len__(self):
        return len(self.items)
    def __getitem__(self, k):
        if isinstance(k, slice):
            return Box(self.items[k])
        return self.items[k]
    def __repr__(self):
        return f"Box({self.items})"
b = Box([1, 2, 3, 4])
print(2 in b, 9 not in b, len(b), b[1:3], b[::-1], b[-1])
b["x"]
