# __call__ and callable objects
class Multiplier:
    def __init__(self, k):
        self.k = k
    def __call__(self, x, *, twice=False):
        r = x * self.k
        return r * 2 if twice else r
triple = Multiplier(3)
print(triple(4), triple(4, twice=True), list(map(triple, [1, 2])), callable(triple), callable(5))
class Pipeline:
    def __init__(self, *steps):
        self.steps = steps
    def __call__(self, v):
        for s in self.steps:
            v = s(v)
        return v
print(Pipeline(str.strip, str.upper, Multiplier(2))("  ab "))
5()
