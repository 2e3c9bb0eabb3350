class Countdown:
    def __init__(self, start):
        self.cur = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.cur <= 0:
            raise StopIteration
        self.cur -= 1
        return self.cur + 1
print(list(Countdown(3)), sum(Countdown(4)), max(Countdown(5)))
c = Countdown(2)
print(next(c), next(c), next(c, None))
class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 10
print(list(Seq()), 20 in Seq(), [x for x in Seq()])
class Empty:
    def __len__(self):
        return 0
print(bool(Empty()), "yes" if Empty() else "no")
