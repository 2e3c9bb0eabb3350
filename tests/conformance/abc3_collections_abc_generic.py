import collections.abc
from collections.abc import Iterable, Mapping, Sequence, Iterator, Generator, Callable
import typing

def f(xs: Iterable[int]) -> Mapping[str, int]:
    return {str(x): x for x in xs}

print(f([1, 2]))
print(f.__annotations__)
print(Iterable[int], Mapping[str, int], Sequence[tuple[int, str]])
print(Generator[int, None, None], Iterator[str] | None)
print(Iterable[int].__origin__, Iterable[int].__args__)
print(collections.abc.Iterable[int])
print(typing.Iterable[int], typing.Iterable)
print(isinstance([], typing.Iterable), isinstance(5, typing.Iterable), isinstance({}, typing.Mapping))
print(isinstance((), typing.Sequence), isinstance(len, typing.Callable), isinstance(3, typing.Hashable))
print(typing.Iterable.__origin__ is Iterable, typing.Mapping.__origin__)
print(Mapping[str, int] == Mapping[str, int], Iterable[int] == Iterable[str])
try:
    isinstance([], Iterable[int])
except TypeError as e:
    print(e)
