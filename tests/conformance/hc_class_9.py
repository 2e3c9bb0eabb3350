class Base:
    def __init_subclass__(cls, **kw):
        super().__init_subclass__()
        cls.tag = cls.__name__.lower()
class Foo(Base): pass
class Bar(Base): pass
print(Foo.tag, Bar.tag)
class Meta:
    __slots__ = ("a", "b")
    def __init__(self):
        self.a = 1
m = Meta()
print(m.a)
try:
    m.c = 3
except AttributeError as e:
    print(type(e).__name__, e)
try:
    m.b
except AttributeError as e:
    print(type(e).__name__, e)
