# typing helpers get_args/get_origin and aliases
from typing import get_args, get_origin, Optional, Union, Literal, Callable
print(get_origin(list[int]), get_args(dict[str, int]), get_args(Optional[int]), get_origin(Union[int, str]))
print(get_args(Literal["a", "b"]), list[int], dict[str, list[int]], int | None, Optional[str])
print(get_origin(int | str), get_args(int | str), get_args(Callable[[int], str]))
Vec = list[float]
def norm(v: Vec) -> float:
    return sum(x * x for x in v) ** 0.5
print(norm([3.0, 4.0]), Vec, Vec == list[float])
type Pair = tuple[int, int]
print(Pair.__name__, Pair.__value__, type(Pair).__name__, type(Pair))
try:
    Pair.missing
except AttributeError as e:
    print(e)
Pair((1, 2))
