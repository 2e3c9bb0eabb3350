class Money:
    def __init__(self, c):
        self.c = c
    def __eq__(self, o):
        return isinstance(o, Money) and o.c == self.c
    def __hash__(self):
        return hash(self.c)
    def __repr__(self):
        return f"M{self.c}"
s = {Money(1), Money(1), Money(2)}
print(len(s), Money(1) in s, {Money(3): "x"}[Money(3)], sorted(s, key=lambda m: m.c))
d = {}
d.setdefault(Money(5), []).append(1)
d.setdefault(Money(5), []).append(2)
print(d)
