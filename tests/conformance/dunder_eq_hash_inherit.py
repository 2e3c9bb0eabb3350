class Base:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        print(f"{type(self).__name__}.__eq__")
        if isinstance(other, Base):
            return self.v == other.v
        return NotImplemented

class Child(Base):
    def __eq__(self, other):
        print("Child.__eq__")
        return NotImplemented

print(Base(1) == Child(1))
print(Child(1) == Base(1))
print(Base(1) != Base(2))
print(Base(1) == "x", "x" == Base(1))

class Hashable(Base):
    def __hash__(self):
        return hash(self.v)
print(hash(Hashable(3)) == hash(3), len({Hashable(1), Hashable(1)}))
try:
    {Base(1)}
except TypeError as e:
    print(e)

class NoHash:
    __hash__ = None
try:
    hash(NoHash())
except TypeError as e:
    print(e)

class OnlyNe:
    def __ne__(self, other):
        return "custom-ne"
print(OnlyNe() != 1, OnlyNe() == OnlyNe())

class Rev:
    def __gt__(self, other):
        return "Rev.__gt__"
print(1 < Rev(), Rev() > 1)
