class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, typ, val, tb):
        print("exit", self.name, typ.__name__ if typ else None, val)
        return self.suppress

with CM("a") as v:
    print("body", v)
with CM("b"):
    pass
with CM("c") as c1, CM("d") as d1:
    print("both", c1, d1)
with CM("s", suppress=True):
    raise ValueError("hidden")
print("after suppressed")
try:
    with CM("e"):
        raise KeyError("k")
except KeyError as e:
    print("caught", repr(e))
try:
    with CM("outer"), CM("inner", suppress=True):
        raise RuntimeError("x")
    print("inner suppressed")
except RuntimeError:
    print("not reached")

class Box:
    pass
b = Box()
with CM("t") as b.attr:
    pass
print(b.attr)
with CM("u") as (p, q):
    print(p, q)
