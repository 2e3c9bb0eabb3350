# the built-in classes subscripted: types.GenericAlias
from typing import TypeVar, get_args, get_origin
T = TypeVar("T")
print(list[int], dict[str, int], tuple[int, ...], tuple[()], set[int], frozenset[str], type[int], list[list[int]])
print(dict[str, list[int]], list[T], list[T][int], dict[T, list[T]][str], list[None], list["Foo"], list[int, str])
print(list[int].__origin__, list[int].__args__, dict[str, int].__args__, list[T].__parameters__, list[int].__parameters__)
print(list[int](), list[int]([1, 2]), dict[str, int](a=1), tuple[int, ...]((1, 2)))
print(list[int] == list[int], list[int] == list[str], list[int] == list, get_args(list[int]), get_origin(dict[str, int]))
print({list[int]: 1}[list[int]], list[int].__name__, list[int].append)
for bad in [lambda: int[str], lambda: list[int][str], lambda: list[T][int, str]]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
str[int]
