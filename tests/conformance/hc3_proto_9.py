class Ordered:
    def __init__(self, k):
        self.k = k
    def __lt__(self, o):
        return self.k < o.k
    def __eq__(self, o):
        return self.k == o.k
    def __repr__(self):
        return f"O({self.k})"
items = [Ordered(2), Ordered(1), Ordered(2), Ordered(0)]
print(sorted(items), min(items), items.count(Ordered(2)), Ordered(1) in items)
print(items.index(Ordered(0)))
Ordered(1) >= Ordered(0)
