class Base:
    __slots__ = ("a",)
class Child(Base):
    __slots__ = ("b",)
class Free(Base):
    pass
c = Child()
c.a, c.b = 1, 2
f = Free()
f.a = 1
f.anything = 2
print(c.a, c.b, f.anything, hasattr(c, "__dict__"), hasattr(f, "__dict__"))
try:
    c.z = 3
except AttributeError as e:
    print(e)
print(Child.__slots__, Base.__slots__)
Child().a
