# sum/min/max/sorted over custom objects
class Money:
    def __init__(self, c):
        self.c = c
    def __add__(self, o):
        return Money(self.c + (o.c if isinstance(o, Money) else o))
    __radd__ = __add__
    def __lt__(self, o):
        return self.c < o.c
    def __repr__(self):
        return f"${self.c}"
ms = [Money(5), Money(1), Money(3)]
print(sum(ms), sum(ms, Money(100)), min(ms), max(ms), sorted(ms), sorted(ms, reverse=True))
print(Money(1) > Money(0), max(ms, key=lambda m: -m.c))
Money(1) <= Money(2)
