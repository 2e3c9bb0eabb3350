from functools import cached_property
from dataclasses import dataclass
class Circle:
    def __init__(self, r):
        self.r = r
        self.computed = 0
    @cached_property
    def area(self):
        """The area."""
        self.computed += 1
        return 3 * self.r ** 2
c = Circle(2)
print(c.area, c.area, c.computed, "area" in c.__dict__)
del c.area
print(c.area, c.computed)
c.area = 99
print(c.area)
print(type(Circle.area).__name__, Circle.area.__doc__, Circle.area.func.__name__)
@dataclass(frozen=True)
class F:
    x: int
    @cached_property
    def double(self):
        return self.x * 2
f = F(4)
print(f.double, f.double)
class Slotted:
    __slots__ = ("v",)
    @cached_property
    def p(self):
        return 1
try:
    Slotted().p
except TypeError as e:
    print("TypeError", e)
class Boom:
    @cached_property
    def p(self):
        raise ValueError("nope")
try:
    Boom().p
except ValueError as e:
    print("ValueError", e)
