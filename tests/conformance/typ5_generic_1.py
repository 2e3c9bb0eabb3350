# subscripting a user Generic class gives a typing._GenericAlias
from typing import TypeVar, Generic
T = TypeVar("T")
K = TypeVar("K")
class Box(Generic[T]):
    def __init__(self, v):
        self.v = v
class Pair(Generic[K, T]):
    pass
a = Box[int]
print(a, type(a).__name__, a.__origin__ is Box, a.__args__, Box.__parameters__)
b = a(3)
print(type(b).__name__, b.v, b.__orig_class__)
print(Pair[str, int], Pair[str, int].__args__, Pair[str, T].__parameters__)
print(Box[int] == Box[int], Box[int] == Box[str], hash(Box[int]) == hash(Box[int]))
print(Box[list[int]], Box[T], Box[T][str])
class Sub(Box[int]):
    pass
print(Sub.__orig_bases__ if hasattr(Sub, "__orig_bases__") else None, Sub(1).v)
