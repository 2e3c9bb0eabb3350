class Shape:
    registry = {}
    def __init_subclass__(cls, /, sides=0, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.sides = sides
        Shape.registry[cls.__name__] = sides

class Triangle(Shape, sides=3):
    pass
class Quad(Shape, sides=4):
    pass
class Blob(Shape):
    pass
print(Shape.registry, Triangle.sides, Blob.sides)
class Weird(Shape, colour="red"):
    pass
