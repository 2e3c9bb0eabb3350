# class decorators and class-level registries
registry = {}
def register(cls):
    registry[cls.__name__.lower()] = cls
    return cls
@register
class Circle:
    def area(self, r):
        return round(3.14159 * r * r, 2)
@register
class Square:
    def area(self, s):
        return s * s
print(sorted(registry), registry["circle"]().area(2), registry["square"]().area(3))
def make(kind, *args):
    return registry[kind]().area(*args)
make("hexagon", 1)
