# property-like decorator built from scratch; functools missing is fine
class cached:
    def __init__(self, fn):
        self.fn = fn
        self.name = fn.__name__
    def __get__(self, obj, cls):
        if obj is None:
            return self
        v = self.fn(obj)
        obj.__dict__[self.name] = v
        return v
class Data:
    def __init__(self, xs):
        self.xs = xs
    @cached
    def total(self):
        print("computing")
        return sum(self.xs)
d = Data([1, 2, 3])
print(d.total, d.total, "total" in vars(d), type(Data.total).__name__)
