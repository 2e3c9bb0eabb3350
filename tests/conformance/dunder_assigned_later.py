class Base:
    def __init__(self, v):
        self.v = v

class Child(Base):
    pass

c = Child(3)
print(str(c).startswith("<__main__.Child object"), len([]))
Base.__repr__ = lambda self: f"{type(self).__name__}({self.v})"
Base.__len__ = lambda self: self.v
Base.__eq__ = lambda self, o: isinstance(o, Base) and self.v == o.v
print(c, repr(Base(1)), len(c), c == Child(3), c != Child(4))
del Base.__len__
try:
    len(c)
except TypeError as e:
    print(e)
Child.__add__ = lambda self, o: Child(self.v + o.v)
print(c + c)
try:
    Base(1) + Base(2)
except TypeError as e:
    print(e)
