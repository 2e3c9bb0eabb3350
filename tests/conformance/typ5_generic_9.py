# substituting the parameters of a subscripted generic class
from typing import TypeVar, Generic
from dataclasses import dataclass
T = TypeVar("T")
S = TypeVar("S")
@dataclass(frozen=True)
class Cell(Generic[T]):
    v: T
c = Cell[int](3)
print(c, hasattr(c, "__orig_class__"))
class Pair(Generic[T, S]):
    __slots__ = ()
p = Pair[int, str]()
print(hasattr(p, "__orig_class__"), Pair[T, int][str], Pair[S, T][int, bytes])
Pair[T, int][str, str]
