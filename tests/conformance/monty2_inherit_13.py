# overriding __eq__ in subclass; subclass reflected op priority
class Base:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        print("Base.__eq__")
        return isinstance(other, Base) and self.v == other.v
    __hash__ = object.__hash__

class Sub(Base):
    def __eq__(self, other):
        print("Sub.__eq__")
        return isinstance(other, Base) and self.v == other.v

assert Base(1) == Sub(1)
assert Sub(1) == Base(1)
print(Base(1) == Base(2))
