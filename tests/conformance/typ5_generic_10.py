# too few arguments for a subscripted generic class's parameters
from typing import TypeVar, Generic, List, Dict
T = TypeVar("T")
S = TypeVar("S")
class Pair(Generic[T, S]):
    pass
for make in (lambda: Dict[T, S][int], lambda: List[T][int, str]):
    try:
        make()
    except TypeError as e:
        print(e)
Pair[T, S][int]
