class Squares:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(self.n))]
        if i < 0:
            i += self.n
        if not 0 <= i < self.n:
            raise IndexError("index out of range")
        return i * i

s = Squares(5)
print(list(s), s[-1], s[1:4], 9 in s, 10 in s, sum(s), sorted(s, reverse=True))
print(list(reversed(s)), [x for x in s if x % 2], tuple(enumerate(s))[:2], max(s))
a, b, *rest = s
print(a, b, rest)
it = iter(s)
print(next(it), next(it), type(it).__name__)

class Endless:
    def __getitem__(self, i):
        if i > 3:
            raise StopIteration
        return chr(97 + i)
print("".join(Endless()), list(zip(Endless(), s)))
