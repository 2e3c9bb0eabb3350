class Base1:
    def hello(self):
        return "base1"
class Base2:
    def only2(self):
        return "only2"
bases = [Base1, Base2]
class Multi(*bases):
    pass
class Mixed(Base2, *[Base1]):
    pass
print(Multi().hello(), Multi().only2(), [c.__name__ for c in Mixed.__mro__])
class Tagged:
    def __init_subclass__(cls, **kw):
        super().__init_subclass__()
        cls.tags = kw
opts = {"color": "red", "size": 3}
class Shirt(Tagged, **opts):
    pass
class Hat(*[Tagged], size=1, **{"brim": True}):
    pass
print(Shirt.tags, Hat.tags)
try:
    class Bad(*5):
        pass
except TypeError as e:
    print(e)
class Dup(*(), **{}):
    pass
print(Dup.__mro__)
class Conflict(Tagged, **{"a": 1}, a=2):
    pass
