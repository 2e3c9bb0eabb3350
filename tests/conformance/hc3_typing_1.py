from typing import List, Dict, Optional, Union, Tuple, Callable, Any, Iterable
def summarize(items: List[Dict[str, Any]], key: str, default: Optional[float] = None) -> Dict[str, float]:
    out: Dict[str, float] = {}
    for it in items:
        v = it.get(key, default)
        if v is not None:
            out[it["name"]] = float(v)
    return out
def apply(fn: Callable[[int], int], xs: Iterable[int]) -> Tuple[int, ...]:
    return tuple(fn(x) for x in xs)
def norm(x: Union[int, str]) -> int:
    return int(x)
print(summarize([{"name": "a", "v": 1}, {"name": "b"}], "v"))
print(apply(lambda x: x * 2, [1, 2]), norm("5") + norm(5))
print(summarize.__annotations__["return"])
