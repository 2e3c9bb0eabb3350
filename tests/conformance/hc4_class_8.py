class Multiplier:
    def __init__(self, k):
        self.k = k
    def __call__(self, x, *, offset=0):
        return x * self.k + offset

triple = Multiplier(3)
print(triple(4), triple(4, offset=1), callable(triple), callable(3))
print(list(map(triple, [1, 2, 3])))
class Registry:
    def __init__(self):
        self.handlers = {}
    def register(self, name):
        def deco(fn):
            self.handlers[name] = fn
            return fn
        return deco
    def __call__(self, name, *args):
        return self.handlers[name](*args)

reg = Registry()
@reg.register("add")
def _add(a, b):
    return a + b
print(reg("add", 2, 3))
reg("sub", 1, 2)
