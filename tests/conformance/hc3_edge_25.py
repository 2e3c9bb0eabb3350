import functools
class Calc:
    def __init__(self, base):
        self.base = base
    @functools.cached_property
    def heavy(self):
        print("computing")
        return self.base * 10
    @staticmethod
    def util(x):
        return x + 1
    @classmethod
    def make(cls):
        return cls(7)
c = Calc.make()
print(c.heavy, c.heavy, Calc.util(1), c.util(2), c.__dict__)
print(Calc.make.__name__, type(Calc.__dict__["util"]).__name__, type(Calc.__dict__["make"]).__name__)
