# annotations are never evaluated (PEP 649): undefined names in them are fine
from typing import TYPE_CHECKING, Optional, List
if TYPE_CHECKING:
    from some_package import Thing
print("checking" if TYPE_CHECKING else "running")

def describe(thing: "Thing", extra: UndefinedName = None) -> AlsoUndefined:
    return f"{thing}:{extra}"

def total(xs: List[int], start: Optional[int] = None) -> int:
    return sum(xs) + (start or 0)

count: int = 3
values: Dict[str, Undefined] = {"a": 1}
print(describe("box"), total([1, 2, 3]), total([1], 10), count, values)
