class Positive:
    def __set_name__(self, owner, name):
        self.name = "_" + name
        self.owner = owner.__name__

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name)

    def __set__(self, obj, value):
        if value <= 0:
            raise ValueError(f"{self.name[1:]} must be positive, got {value}")
        setattr(obj, self.name, value)

class Order:
    qty = Positive()
    price = Positive()

    def __init__(self, qty, price):
        self.qty = qty
        self.price = price

o = Order(2, 5)
print(o.qty, o.price, o.__dict__, Order.qty.name, Order.qty.owner, type(Order.price).__name__)
try:
    o.qty = -1
except ValueError as e:
    print(e)

class Const:
    def __get__(self, obj, owner):
        return 42
class Holder:
    c = Const()
h = Holder()
print(h.c, Holder.c)
h.c = 7
print(h.c)
try:
    del o.qty
except AttributeError as e:
    print(e)

class Plugin:
    registry = []
    def __init_subclass__(cls, key=None, **kw):
        super().__init_subclass__(**kw)
        Plugin.registry.append((cls.__name__, key))

class A(Plugin, key="a"):
    pass
class B(A):
    pass
print(Plugin.registry)
try:
    class C(key=1):
        pass
except TypeError as e:
    print(e)
