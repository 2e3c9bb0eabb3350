# arity errors of a user Generic class
from typing import TypeVar, Generic
T = TypeVar("T")
class Box(Generic[T]):
    pass
class Pair(Generic[T, T.__class__("U")]):
    pass
for make in (lambda: Box[int, str], lambda: Pair[int], lambda: Pair[int, str, float]):
    try:
        make()
    except TypeError as e:
        print(e)
Box[int, str]
