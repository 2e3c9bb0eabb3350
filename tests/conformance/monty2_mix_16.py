# __len__ returning non-int and negative values
class L:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n

assert len(L(3)) == 3
assert bool(L(0)) is False
for bad in (-1, "2"):
    try:
        len(L(bad))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
len(L(2.5))
