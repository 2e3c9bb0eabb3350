from typing import Optional, Union, Callable, Iterator, Iterable, Sequence, Mapping
def gen(n: int) -> Iterator[int]:
    yield from range(n)
def total(xs: Iterable[float]) -> float:
    return sum(xs)
def first(seq: Sequence[str]) -> Optional[str]:
    return seq[0] if seq else None
def lookup(m: Mapping[str, int], k: str, default: Union[int, None] = None) -> Optional[int]:
    return m.get(k, default)
handler: Callable[[str], str] = str.upper
print(list(gen(3)), total([1.5, 2.5]), first([]), first(["a"]), lookup({"a": 1}, "b", 0), handler("x"))
print(Optional[int], Union[int, str], Callable[[int], str], list[int] == list[int])
print(Optional[int] == Union[int, None], Union[int, int] == int)
