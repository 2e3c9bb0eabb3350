from typing import Optional, Union, Callable, Literal, Any, TypeVar, Generic, Sequence, Mapping, Iterable, Iterator
T = TypeVar("T")
K = TypeVar("K", bound=str)
print(Optional[int], Union[int, str], Union[int, None], Callable[[int], str], Callable[..., Any])
print(Literal["a", 1], list[int], dict[str, list[int]] | None, tuple[int, ...], type[int])
print(T, K, K.__bound__, Sequence[T], Mapping[str, int], Iterable, Iterator[int])
print(int | str | None, Optional[Union[int, str]], Union[int], Union[int, int, str])
class Box(Generic[T]):
    pass
print(Box[int], Box, Box[int]().__class__.__name__, Box.__parameters__)
print(Any, type(None) | int)
