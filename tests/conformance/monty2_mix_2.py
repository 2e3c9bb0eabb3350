# __getitem__ receiving slice objects
class Seq:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
    def __getitem__(self, idx):
        if isinstance(idx, slice):
            start, stop, step = idx.indices(self.n)
            return [self[i] for i in range(start, stop, step)]
        if idx < 0:
            idx += self.n
        if not 0 <= idx < self.n:
            raise IndexError(f"index {idx} out of range")
        return idx * idx

s = Seq(6)
assert s[2] == 4 and s[-1] == 25
assert s[1:4] == [1, 4, 9]
assert s[::2] == [0, 4, 16]
assert s[::-2] == [25, 9, 1]
assert list(s) == [0, 1, 4, 9, 16, 25]
sl = slice(1, None, 3)
assert (sl.start, sl.stop, sl.step) == (1, None, 3)
print(s[sl], repr(sl))
s[6]
