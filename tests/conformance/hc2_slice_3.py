# custom __getitem__ with slices and negative indices
class Ring:
    def __init__(self, items):
        self.items = list(items)
    def __len__(self):
        return len(self.items)
    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(len(self) * 2))]
        return self.items[i % len(self)]
r = Ring("abc")
print(r[0], r[4], r[-1], r[1:5], r[::2], len(r), list(r)[:3] if False else "ok")
r["x"]
