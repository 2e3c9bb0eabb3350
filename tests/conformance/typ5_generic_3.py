# isinstance() against a subscripted generic raises
from typing import TypeVar, Generic
T = TypeVar("T")
class Box(Generic[T]):
    pass
print(isinstance(Box(), Box))
isinstance(Box(), Box[int])
