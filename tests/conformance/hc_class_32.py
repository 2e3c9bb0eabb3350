class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
    def __len__(self):
        return self.n
    def __getitem__(self, i):
        return i * 10
    def __reversed__(self):
        return iter(range(1, self.n + 1))
    def __contains__(self, x):
        return x == "magic"
c = Countdown(3)
print(len(c), list(reversed(c)), "magic" in c, 2 in c, c[4])
print(list(c), len(c), list(c))
class OnlyGetitem:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * i
print(list(OnlyGetitem()), 4 in OnlyGetitem(), 5 in OnlyGetitem())
