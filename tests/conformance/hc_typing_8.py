from typing import Protocol, runtime_checkable
@runtime_checkable
class Drawable(Protocol):
    def draw(self) -> str: ...
@runtime_checkable
class Sized(Protocol):
    size: int
    def area(self) -> float: ...
class Circle:
    def draw(self):
        return "()"
class Box:
    size = 3
    def area(self):
        return 9.0
class Late:
    def __init__(self):
        self.size = 1
    def area(self):
        return 1.0
class Nothing:
    pass
shapes = [Circle(), Box(), Late(), Nothing(), "text", 5]
print([isinstance(s, Drawable) for s in shapes])
print([isinstance(s, Sized) for s in shapes])
print([type(s).__name__ for s in shapes if isinstance(s, (Drawable, Sized))])
class Impl(Drawable):
    def draw(self):
        return "impl"
print(isinstance(Impl(), Drawable), Impl().draw())
@runtime_checkable
class HasLen(Protocol):
    def __len__(self) -> int: ...
print(isinstance([], HasLen), isinstance(3, HasLen), isinstance("ab", HasLen), isinstance({}, HasLen))
class Plain(Protocol):
    def go(self) -> None: ...
try:
    isinstance(Circle(), Plain)
except TypeError as e:
    print(e)
try:
    runtime_checkable(Circle)
except TypeError as e:
    print(e)
def render(d: Drawable) -> str:
    return d.draw()
print(render(Circle()))
class Dynamic:
    def __getattr__(self, name):
        print("never called for the check")
        return lambda: "dyn"
print(isinstance(Dynamic(), Drawable))
class Other(Protocol):
    x: int
try:
    isinstance(3, Other)
except TypeError as e:
    print("Other:", e)
isinstance(Box(), Sized), isinstance(Late(), Drawable)
