# how agent code uses typing at runtime: aliases, TypeVars, cast, Optional defaults
from typing import Any, Dict, List, Optional, Tuple, TypeVar, Callable, cast, Union, Literal
JSON = Dict[str, Any]
Row = Tuple[str, int]
T = TypeVar("T")
Status = Literal["ok", "error"]

def first(items: List[T], default: Optional[T] = None) -> Optional[T]:
    return items[0] if items else default

def apply(fn: Callable[[int], int], values: List[int]) -> List[int]:
    return [fn(v) for v in values]

def summarize(rows: List[Row]) -> JSON:
    data = cast(JSON, {"count": len(rows), "total": sum(n for _, n in rows)})
    return data

def status(ok: bool) -> Status:
    return "ok" if ok else "error"

rows: List[Row] = [("a", 1), ("b", 2)]
print(first([3, 4]), first([], "none"), apply(lambda x: x + 1, [1, 2]), summarize(rows), status(False))
print(JSON, Row, Status, Optional[JSON], Union[Row, None])
summarize(rows)
