class Base:
    kind = "base"
    def run(self):
        pass

class Thing(Base):
    size = 1
    def __init__(self):
        self.name = "t"
        self._hidden = 0
    def grow(self):
        pass

public = lambda names: [n for n in names if not n.startswith("_")]
print(public(dir(Thing())), public(dir(Thing)), public(dir(Base)))
print("__init__" in dir(Thing), "__class__" in dir(Thing()), "_hidden" in dir(Thing()))
print(public(dir([]))[:5], "upper" in dir("x"), sorted(dir(Thing())) == dir(Thing()))
import math
print("pi" in dir(math), dir(math) == sorted(dir(math)))
