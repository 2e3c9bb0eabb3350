# TypeVar, cast, and Any
from typing import TypeVar, cast, Any, Generic
T = TypeVar("T")
class Box(Generic[T]):
    def __init__(self, v: T):
        self.v = v
    def get(self) -> T:
        return self.v
b = Box[int](5)
print(b.get(), cast(str, 123), cast(list[int], "x"), T, T.__name__)
def ident(x: Any) -> Any:
    return x
print(ident([1]), Box.__name__, type(b).__name__)
Box[int, str]
