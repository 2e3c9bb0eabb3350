# | between typing objects builds unions
from typing import Optional, List, Any, TypeVar, Literal, Union, Callable, Tuple
T = TypeVar("T")
print(Optional[int] | str, T | None, List[int] | None, Any | None, Literal[1] | None)
print(Union[int, str] | Union[str, float], Callable[..., int] | None, Tuple[int, ...] | None)
print(None | Optional[int], List[int] | "x", T | T, (T | None).__args__)
print(Optional[int] | str == Union[int, str, None], List | None)
Optional[int] | 3
