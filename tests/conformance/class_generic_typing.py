from typing import Generic, TypeVar, Protocol, Optional

T = TypeVar("T")
K = TypeVar("K")

class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: list[T] = []

    def push(self, x: T) -> None:
        self.items.append(x)

    def pop(self) -> Optional[T]:
        return self.items.pop() if self.items else None

class Pair(Generic[K, T]):
    def __init__(self, k: K, v: T):
        self.k, self.v = k, v

class Shape(Protocol):
    def area(self) -> float: ...

class Square:
    def __init__(self, s: float):
        self.s = s
    def area(self) -> float:
        return self.s ** 2

def total(shapes: list[Shape]) -> float:
    return sum(s.area() for s in shapes)

s: Stack[int] = Stack[int]()
s.push(1)
s.push(2)
print(s.pop(), s.pop(), s.pop(), Pair("a", 1).v, total([Square(2), Square(3)]))
print(isinstance(s, Stack), Stack[int] is not None)

class Registry:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item.__name__}]"
print(Registry[int])
class Plain:
    pass
try:
    Plain[int]
except TypeError as e:
    print(e)
