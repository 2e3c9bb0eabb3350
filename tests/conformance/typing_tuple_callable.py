# Tuple's ellipsis and empty forms; Callable's parameter lists
from typing import Tuple, Callable, Any
print(Tuple[int, str], Tuple[int, ...], Tuple[()], Tuple[int], Tuple[..., int], Tuple)
print(Tuple[int, ...].__args__, Tuple[()].__args__, Tuple[int, str].__origin__)
print(Callable[[int, str], bool], Callable[..., int], Callable[[], None], Callable[int, str], Callable[[None], None])
print(Callable[[int], str].__args__, Callable[..., str].__args__, Callable[[int], [str]])
print(Callable[[int], str] == Callable[[int], str], Callable[[int], str] == Callable[[str], str])
print(Tuple[int, ...] == Tuple[int, ...], Callable)
for bad in [lambda: Callable[int], lambda: Callable[[int], str, bool], lambda: Tuple[int, ...][0], lambda: Tuple(),
            lambda: Callable[[int], int]()]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
Callable[[int], str].__args__
