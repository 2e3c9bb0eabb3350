class Countdown:
    def __init__(self, start):
        self.start = start
    def __iter__(self):
        n = self.start
        while n > 0:
            yield n
            n -= 1
class Manual:
    def __init__(self):
        self.i = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.i += 1
        if self.i > 3:
            raise StopIteration
        return self.i * 10
print(list(Countdown(3)), list(Manual()), sorted(Countdown(4)))
m = Manual()
print(next(m), list(m), list(m))
print(list(zip(Countdown(3), Manual())))
