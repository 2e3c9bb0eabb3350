# a subscripted generic class with typing's helpers, unions, attributes and protocols
from typing import TypeVar, Generic, Protocol, get_origin, get_args, Optional
T = TypeVar("T")
S = TypeVar("S")
class Box(Generic[T]):
    kind = "box"
    def __init__(self, v=None):
        self.v = v
    @classmethod
    def make(cls, v):
        return cls(v)
class Proto(Protocol[T]):
    def get(self) -> T: ...
class Two(Box[T], Generic[T, S]):
    pass
print(get_origin(Box[int]) is Box, get_args(Box[int]), get_args(Two[int, str]))
print(Box[int] | None, Optional[Box[str]], Box[int].kind, Box[int].make(4).v)
print(Proto[int], Proto.__parameters__, Two.__parameters__, Two[int, str])
print(Two.__orig_bases__)
b = Box[int]()
print(b.__orig_class__, type(b) is Box, isinstance(b, Box))
print({Box[int]: 1}[Box[int]], Box[int] != Box[str], repr(Box[Box[int]]))
Box[int].nothing
