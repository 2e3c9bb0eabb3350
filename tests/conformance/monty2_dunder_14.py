# total ordering by hand and sort stability
class Item:
    def __init__(self, name, prio):
        self.name = name
        self.prio = prio
    def __lt__(self, other):
        return self.prio < other.prio
    def __eq__(self, other):
        return self.prio == other.prio
    __hash__ = None
    def __repr__(self):
        return self.name

items = [Item("a", 2), Item("b", 1), Item("c", 2), Item("d", 1)]
assert repr(sorted(items)) == "[b, d, a, c]"
assert repr(sorted(items, reverse=True)) == "[a, c, b, d]"
assert min(items).name == "b"
assert max(items).name == "a"
assert Item("x", 1) == Item("y", 1)
assert Item("x", 1) in items
assert items.index(Item("z", 2)) == 0
print(sorted(items))
set(items)
