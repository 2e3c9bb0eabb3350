x = [1, 2, 3]
y = [1, 2, 3]
print(x == y, x is y, x is not y, None is None)
class Wrapper:
    def __init__(self, items):
        self.items = items
    def __len__(self):
        return len(self.items)
    def __getitem__(self, i):
        return self.items[i]
    def __contains__(self, v):
        print("contains check", v)
        return v in self.items
w = Wrapper([5, 6, 7])
print(6 in w, 8 not in w, len(w), w[-1], w[0:2], list(reversed(w)))
w["k"]
