from typing import get_args, get_origin, Optional
import typing
print(get_args(dict[str, int]), get_origin(list[int]) is list, get_args(Optional[int]))
print(int | None, list[int], dict[str, list[int]], tuple[int, ...])
print((int | str) == (str | int), type(int | str).__name__)
def f(x: int | None = None) -> int:
    return x or 0
print(f(), f(3))
print(typing.cast(int, "s"))
