class Base:
    def __init__(self, v):
        self.v = v
    def __add__(self, other):
        return f"Base.add({self.v}, {getattr(other, 'v', other)})"
    def __radd__(self, other):
        return f"Base.radd({self.v}, {getattr(other, 'v', other)})"
class Sub(Base):
    def __radd__(self, other):
        return f"Sub.radd({self.v}, {getattr(other, 'v', other)})"
print(Base(1) + Sub(2), Sub(1) + Base(2), 5 + Base(3), Base(1) + 5)
from functools import total_ordering
@total_ordering
class Ver:
    def __init__(self, n):
        self.n = n
    def __eq__(self, o):
        return self.n == o.n
    def __lt__(self, o):
        return self.n < o.n
print(Ver(1) <= Ver(2), Ver(3) >= Ver(2), Ver(1) > Ver(1), max(Ver(1), Ver(5)).n)
