# __contains__, __reversed__, __iter__ as generator
class Bag:
    def __init__(self, *items):
        self.items = list(items)
    def __iter__(self):
        for x in self.items:
            yield x
    def __reversed__(self):
        return iter(self.items[::-1])
    def __contains__(self, x):
        return "yes" if x in self.items else ""
    def __len__(self):
        return len(self.items)
b = Bag(1, 2, 3)
print(list(b), list(reversed(b)), 2 in b, 9 in b, 9 not in b, len(b), sorted(b, reverse=True), dict.fromkeys(b))
print(*b, sep="|")
print([x * y for x in b for y in b if x < y], max(b), enumerate(b).__next__())
