# stubs: crm.pyi
import collections.abc
from collections.abc import Iterable, Mapping, Sequence, Callable, Iterator

def total(xs: Iterable[int]) -> int:
    return sum(xs)

def index(names: Sequence[str]) -> Mapping[str, int]:
    return {n: i for i, n in enumerate(names)}

def apply(f: Callable[[int], int], xs: Iterator[int]) -> list[int]:
    return [f(x) for x in xs]

print(total([1, 2]), index(["a"]), apply(lambda x: x + 1, iter([1])))
print(isinstance([], collections.abc.Sized))
