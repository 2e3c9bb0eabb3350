class Ordered:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return self.v < other.v
    def __repr__(self):
        return f"O({self.v})"

items = [Ordered(3), Ordered(1), Ordered(2)]
print(sorted(items), min(items), max(items))
print(Ordered(1) > Ordered(0))
Ordered(1) <= Ordered(2)
