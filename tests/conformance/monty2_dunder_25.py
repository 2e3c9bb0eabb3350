# next() on a class iterator: StopIteration with a value, and an error inside __next__
class Gen:
    def __init__(self):
        self.done = False
    def __iter__(self):
        return self
    def __next__(self):
        if self.done:
            raise StopIteration("finished")
        self.done = True
        return 1

g = Gen()
assert next(g) == 1
try:
    next(g)
except StopIteration as e:
    print("stop", e.value, e.args)
assert next(g, None) is None

class Broken:
    def __iter__(self):
        return self
    def __next__(self):
        return [][0]

print(list(zip([], Broken())))
next(Broken())
