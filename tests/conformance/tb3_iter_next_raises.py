class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n < 0:
            raise ValueError("below zero")
        self.n -= 1
        return self.n
for x in Countdown(2):
    pass
