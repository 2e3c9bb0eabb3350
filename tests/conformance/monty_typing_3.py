# === typing helpers at runtime ===
from typing import (Any, Callable, Dict, Final, List, Literal, NamedTuple, NewType, Optional,
                    Sequence, Tuple, TypeVar, Union, cast, get_args, get_origin, overload)
UserId = NewType('UserId', int)
uid = UserId(42)
print(uid, type(uid).__name__, UserId.__name__, UserId)
T = TypeVar('T')
def first(xs: Sequence[T]) -> T:
    return xs[0]
print(first([1, 2]), first('ab'))
print(get_origin(List[int]), get_args(Dict[str, int]), get_origin(Union[int, str]))
print(get_args(Optional[int]), get_args(Callable[[int, str], bool]), get_args(Literal['a', 'b']))
print(get_origin(int | None), get_args(int | str | None), get_origin(list[int]) is list)
print(cast(List[int], 'not checked'), cast('int', 3))
print(Optional[int] == Union[int, None], Union[int, str] == Union[str, int], Union[int, int] == int)
print(List[int] == List[int], Tuple[int, ...], Dict[str, List[int]])
Mode = Literal['r', 'w']
def open_mode(m: Mode) -> str:
    return m.upper()
print(open_mode('r'), Mode)
MAX: Final = 10
print(MAX)
def process(value: Union[int, str, None] = None) -> Any:
    if isinstance(value, int):
        return value * 2
    if isinstance(value, str):
        return value.upper()
    return 'nothing'
print([process(v) for v in (3, 'x', None)])
print(isinstance(3, (int, str)), isinstance('a', int | str))
try:
    isinstance(3, Union[int, str])
    print('isinstance with Union ok')
except TypeError as e:
    print(e)
try:
    isinstance([], List[int])
except TypeError as e:
    print(e)
print(callable(Callable), Any)
Optional[List[Dict[str, Tuple[int, float]]]]
