# a subclass of a generic class that does not subscript it takes no parameters
from typing import TypeVar, Generic
T = TypeVar("T")
class Box(Generic[T]):
    pass
class Sub(Box):
    pass
print(Sub.__parameters__, Box.__parameters__)
try:
    Box[()]
except TypeError as e:
    print(e)
Sub[int]
