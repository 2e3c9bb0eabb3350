from functools import total_ordering
@total_ordering
class W:
    def __init__(self, v):
        self.v = v
    def __ge__(self, o):
        return self.v >= o.v
print(W(1) < W(2), W(2) <= W(1), W(3) > W(1))
W(1) <= None
