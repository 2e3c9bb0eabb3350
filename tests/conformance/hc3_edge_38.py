class Num:
    def __init__(self, n):
        self.n = n
    def __lt__(self, other):
        return NotImplemented
n = Num(1)
n < Num(2)
