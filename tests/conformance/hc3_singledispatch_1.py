from functools import singledispatch
from dataclasses import dataclass
@dataclass
class Circle:
    r: float
@dataclass
class Square:
    s: float
class Unit(Square):
    pass
@singledispatch
def area(shape):
    raise NotImplementedError(f"no area for {type(shape).__name__}")
@area.register
def _(shape: Circle):
    return round(3.14159 * shape.r ** 2, 2)
@area.register(Square)
def square_area(shape):
    return shape.s ** 2
print(area(Circle(1)), area(Square(3)), area(Unit(2)), square_area(Square(4)))
print(area.dispatch(Unit) is square_area, area.dispatch(object) is area.__wrapped__, area.__name__)
@singledispatch
def describe(x):
    return f"thing {x!r}"
@describe.register
def _(x: int | float):
    return f"number {x}"
@describe.register(list)
@describe.register(tuple)
def _(x):
    return f"sequence of {len(x)}"
def on_str(x):
    return f"text {x!r}"
describe.register(str, on_str)
for v in [1, 2.5, True, "s", [1, 2], (3,), {1: 2}, None]:
    print(describe(v))
print(sorted(k.__name__ for k in describe.registry))
try:
    describe()
except TypeError as e:
    print("TypeError:", e)
try:
    @describe.register
    def bad(x):
        return x
except TypeError as e:
    print("TypeError:", str(e).split(":")[0])
area("not a shape")
