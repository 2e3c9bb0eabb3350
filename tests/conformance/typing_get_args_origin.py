# get_args and get_origin
from typing import (get_args, get_origin, List, Dict, Tuple, Optional, Union, Literal, Final, ClassVar,
                    Callable, Annotated, Generic, TypeVar, Type)
T = TypeVar("T")
for tp in [List[int], Dict[str, int], Tuple[int, ...], Tuple[()], Optional[int], Union[int, str], Literal[1, 2],
           Final[int], ClassVar[int], Annotated[int, "x"], Generic[T],
           Type[int], List, Tuple, int, None, "str", 3]:
    print(repr(tp), get_origin(tp), get_args(tp))
print(get_args(Callable[[int], str]), get_args(Callable[..., int]), get_args(Callable[[], None]))
for bad in [lambda: get_args(), lambda: get_origin(1, 2), lambda: get_args(tp=1, x=2)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
get_origin()
