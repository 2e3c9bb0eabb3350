# __eq__ used by list methods and in
class Loose:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return self.v == (o.v if isinstance(o, Loose) else o)
    __hash__ = None
    def __repr__(self):
        return f"L{self.v}"
items = [Loose(1), Loose(2), Loose(1)]
print(items.count(1), items.index(2), 1 in items, Loose(2) in items, items == [1, 2, 1])
items.remove(1)
print(items, [1, 2].index(Loose(2)), (Loose(3),) == (3,))
{Loose(1)}
