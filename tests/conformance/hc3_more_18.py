from typing import Optional, Union, Any
def parse_int(s: str, default: Optional[int] = None) -> Optional[int]:
    try:
        return int(s)
    except (TypeError, ValueError):
        return default
def describe(x: Union[int, str, list[Any]]) -> str:
    if isinstance(x, int):
        return f"int:{x}"
    if isinstance(x, str):
        return f"str:{x!r}"
    return f"list of {len(x)}"
print([parse_int(s) for s in ["1", "x", "  3 ", "4.0"]], parse_int("z", -1))
print(describe(3), describe("a"), describe([1, 2]))
print(parse_int.__annotations__)
print(Optional[int], Union[int, str], list[int], dict[str, list[int]], int | str | None)
