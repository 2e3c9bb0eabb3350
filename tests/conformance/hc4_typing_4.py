from typing import Generic, TypeVar

T = TypeVar("T")

class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: list[T] = []
    def push(self, item: T) -> None:
        self.items.append(item)
    def pop(self) -> T:
        return self.items.pop()
    def __len__(self) -> int:
        return len(self.items)

s: Stack[int] = Stack()
s.push(1); s.push(2)
print(s.pop(), len(s), Stack[int]().items)
class Box[U]:
    def __init__(self, v: U) -> None:
        self.v = v
    def map[V](self, f: "Callable[[U], V]") -> "Box[V]":
        return Box(f(self.v))
print(Box(3).map(lambda x: x * 2).v, Box.__type_params__)
def first[X](xs: list[X]) -> X:
    return xs[0]
print(first(["a", "b"]), first.__type_params__)
