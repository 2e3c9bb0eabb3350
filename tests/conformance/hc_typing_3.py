from typing import Generic, TypeVar, Protocol
T = TypeVar("T")
class Box(Generic[T]):
    def __init__(self, item: T) -> None:
        self.item = item
    def get(self) -> T:
        return self.item
class HasLen(Protocol):
    def __len__(self) -> int: ...
def size(x: HasLen) -> int:
    return len(x)
b = Box[int](5)
print(b.get(), Box("s").get(), size([1, 2]), size("abc"))
def first(xs: list[T]) -> T:
    return xs[0]
print(first([9, 8]))
def maybe(v: int | None) -> str:
    return "none" if v is None else str(v)
maybe(3), maybe(None)
