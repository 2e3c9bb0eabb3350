class Money:
    def __init__(self, c):
        self.c = c
    def __eq__(self, o):
        return isinstance(o, Money) and self.c == o.c
    def __hash__(self):
        return hash(self.c)
    def __bool__(self):
        return self.c != 0
    def __neg__(self):
        return Money(-self.c)
    def __pos__(self):
        return self
    def __invert__(self):
        return Money(~self.c)
    def __repr__(self):
        return f"${self.c}"
    def __mod__(self, n):
        return Money(self.c % n)
    def __floordiv__(self, n):
        return Money(self.c // n)
    def __truediv__(self, n):
        return self.c / n
    def __pow__(self, n, mod=None):
        return Money(pow(self.c, n, mod))
print(-Money(5), +Money(5), ~Money(5), Money(7) % 3, Money(7) // 2, Money(7) / 2, Money(3) ** 2, pow(Money(3), 2, 5))
print(bool(Money(0)), Money(0) or "empty", {Money(1), Money(1)})
Money(1) - Money(2)
