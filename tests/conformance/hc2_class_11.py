# in-place operators falling back to binary
class Bag:
    def __init__(self, items=()):
        self.items = list(items)
    def __add__(self, o):
        print("add")
        return Bag(self.items + o.items)
    def __repr__(self):
        return f"Bag{self.items}"
class FastBag(Bag):
    def __iadd__(self, o):
        print("iadd")
        self.items += o.items
        return self
b = Bag([1]); orig = b
b += Bag([2])
print(b, b is orig)
f = FastBag([1]); orig = f
f += Bag([2])
print(f, f is orig)
b -= Bag()
