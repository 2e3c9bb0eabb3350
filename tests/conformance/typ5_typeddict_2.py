# TypedDict annotations hold the wrapped types
from typing import TypedDict, NotRequired
class P(TypedDict):
    x: int
    y: NotRequired[str]
print(P.__annotations__)
print(P.__name__, P.__qualname__)
sorted(P.__required_keys__ | {"z"})
