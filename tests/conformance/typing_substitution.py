# substituting type variables: an alias with parameters is itself generic
from typing import TypeVar, List, Dict, Tuple, Callable, Optional, Union, Final, ClassVar, Annotated
T = TypeVar("T")
K = TypeVar("K")
V = TypeVar("V")
print(List[T], List[T].__parameters__, Dict[K, List[V]].__parameters__, Union[T, int].__parameters__)
print(List[T][int], Dict[K, V][str, int], Dict[str, V][int], Dict[T, T][int], List[T][T], List[T][List[T]])
print(Union[T, int][str], Optional[T][int], Optional[List[T]][int], Callable[[T], K][int, str])
print(Callable[..., T][int], Callable[[T, int], T][str], Tuple[T, ...][int], Final[T][int], ClassVar[List[T]][int])
print(Annotated[List[T], 1][int], List[T][None], Dict[K, V][str, "Node"])
Pair = Tuple[T, T]
print(Pair[int], Pair[str] == Tuple[str, str])
for bad in [lambda: List[T][int, str], lambda: Dict[K, V][int], lambda: Union[int, str][int]]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
Pair[float]
