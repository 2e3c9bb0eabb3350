# __init_subclass__ validation and class-level __repr__ of instances in containers
class Shape:
    registry = {}
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        if not hasattr(cls, "sides"):
            raise TypeError(f"{cls.__name__} must define sides")
        Shape.registry[cls.sides] = cls.__name__
class Tri(Shape):
    sides = 3
class Quad(Shape):
    sides = 4
print(Shape.registry)
class Blob(Shape):
    pass
