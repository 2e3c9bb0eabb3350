class Shape:
    registry = []
    def __init_subclass__(cls, kind=None, **kw):
        super().__init_subclass__(**kw)
        Shape.registry.append((cls.__name__, kind))
class Sq(Shape, kind="square"): pass
class Ci(Shape, kind="circle"): pass
class Anon(Shape): pass
print(Shape.registry)
class WithClassAttr:
    items = []
    def add(self, x):
        self.items.append(x)
a, b = WithClassAttr(), WithClassAttr()
a.add(1); b.add(2)
a.items, b.items is a.items
